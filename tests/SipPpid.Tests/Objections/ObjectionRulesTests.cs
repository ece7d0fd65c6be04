using System.Xml.Linq;
using SipPpid.Domain;
using SipPpid.Features.Objections;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Objections;

/// <summary>The grounds rule and the objection clocks, without a database.</summary>
public sealed class ObjectionRulesTests
{
    private static readonly WorkingCalendar Calendar = Holidays.Calendar();

    // Received Mon 2026-01-05: the notice deadline is Tue 2026-01-20 (Fri 2026-01-16 is a holiday).
    private static InformationRequest Request(DateOnly? notice = null, Decision? decision = null, decimal? fee = null) => new()
    {
        ReceivedDate = new DateOnly(2026, 1, 5),
        NoticeDate = notice,
        Decision = decision,
        Fee = fee,
        Status = notice is null ? RequestStatus.InProcess : RequestStatus.Decided,
    };

    [Fact]
    public void Grounds_fit_the_state_of_the_request()
    {
        var beforeDeadline = new DateOnly(2026, 1, 19);
        var open = Request();
        Assert.Equal(["b"], ObjectionGrounds.Fitting(open, Calendar, beforeDeadline));
        Assert.Equal(["b", "c", "g"], ObjectionGrounds.Fitting(open, Calendar, new DateOnly(2026, 1, 21)));

        var rejected = Request(new DateOnly(2026, 1, 15), Decision.RejectedExempt);
        Assert.Equal(["a", "b", "d", "e"], ObjectionGrounds.Fitting(rejected, Calendar, new DateOnly(2026, 1, 22)));

        var lateGranted = Request(new DateOnly(2026, 1, 22), Decision.GrantedFull, fee: 50000);
        Assert.Equal(["b", "d", "e", "f", "g"], ObjectionGrounds.Fitting(lateGranted, Calendar, new DateOnly(2026, 1, 23)));
        Assert.NotNull(ObjectionGrounds.WhyNot("a", lateGranted, Calendar, new DateOnly(2026, 1, 23)));
        Assert.NotNull(ObjectionGrounds.WhyNot("z", lateGranted, Calendar, new DateOnly(2026, 1, 23)));
    }

    [Fact]
    public void Filing_window_runs_30_working_days_from_the_notice_across_Lebaran_2026()
    {
        // Nyepi, Idul Fitri and cuti bersama 18–24 March, Good Friday 3 April, Labour Day 1 May.
        var r = Request(new DateOnly(2026, 3, 17), Decision.RejectedExempt);
        r.ReceivedDate = new DateOnly(2026, 3, 10);
        Assert.Equal(new DateOnly(2026, 5, 7), Calendar.LastFilingDay(r));
        // Undecided: the window starts at the notice deadline (day 10).
        Assert.Equal(new DateOnly(2026, 1, 20), Calendar.FilingStart(Request()));
        Assert.Equal(new DateOnly(2026, 3, 5), Calendar.LastFilingDay(Request()));
    }

    [Fact]
    public void The_Atasan_answers_by_working_day_30_and_the_dispute_window_follows()
    {
        Assert.Equal(new DateOnly(2026, 5, 6), Calendar.AnswerDeadline(new DateOnly(2026, 3, 16)));
        var o = new Objection { ReceivedDate = new DateOnly(2026, 3, 16), Deadline = new DateOnly(2026, 5, 6), Status = ObjectionStatus.Registered };
        Assert.Null(Calendar.DisputeWindow(o, new DateOnly(2026, 5, 6)));
        // Lapsed without an answer: 14 working days from the lapse (Ascension 14 May, cuti 15 May, Idul Adha 27–28 May, Pancasila 1 June).
        Assert.Equal((new DateOnly(2026, 5, 6), new DateOnly(2026, 6, 2)), Calendar.DisputeWindow(o, new DateOnly(2026, 5, 7)));
        Assert.Equal(DeadlineState.DueSoon, Calendar.Describe(o, new DateOnly(2026, 5, 4)).State);
        Assert.Equal(DeadlineState.Overdue, Calendar.Describe(o, new DateOnly(2026, 5, 7)).State);
        o.Status = ObjectionStatus.Decided;
        o.DecisionDate = new DateOnly(2026, 4, 1);
        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 22)), Calendar.DisputeWindow(o, new DateOnly(2026, 5, 7)));
    }

    [Fact]
    public void A_decided_objection_shows_the_deadline_its_answer_was_given_against()
    {
        // Received 16 March 2026: day 30 is 6 May under today's calendar. Answered on 4 May against a deadline of
        // 5 May stored before a holiday was removed: the page shows 5 May (as the report counts it), not 6 May.
        var decided = new Objection
        {
            ReceivedDate = new DateOnly(2026, 3, 16),
            Deadline = new DateOnly(2026, 5, 5),
            Status = ObjectionStatus.Decided,
            DecisionDate = new DateOnly(2026, 5, 4),
        };
        var info = Calendar.Describe(decided, new DateOnly(2026, 6, 1));
        Assert.Equal(new DateOnly(2026, 5, 5), info.Deadline);
        Assert.Equal(DeadlineState.Done, info.State);

        // Awaiting: the deadline follows today's calendar, whatever was stored.
        var awaiting = new Objection { ReceivedDate = new DateOnly(2026, 3, 16), Deadline = new DateOnly(2026, 5, 5), Status = ObjectionStatus.Registered };
        Assert.Equal(new DateOnly(2026, 5, 6), Calendar.Describe(awaiting, new DateOnly(2026, 4, 1)).Deadline);
    }

    [Fact]
    public void Every_objection_label_has_an_english_translation()
    {
        var resx = XDocument.Load(Path.Combine(Shell.TranslationTests.RepoRoot(), "src", "SipPpid", "Resources", "SharedResource.en.resx"));
        var keys = resx.Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();
        var labels = new List<string>();
        labels.AddRange(Enum.GetValues<ObjectionStatus>().Select(v => ObjectionCodes.Label(v)));
        labels.AddRange(Enum.GetValues<ObjectionDecision>().Select(v => ObjectionCodes.Label(v)));
        labels.AddRange(Enum.GetValues<ApplicantResponse>().Select(v => ObjectionCodes.Label(v)));
        labels.AddRange(Enum.GetValues<DisputeStage>().Select(v => ObjectionCodes.Label(v)));
        labels.AddRange(Enum.GetValues<DisputeOutcome>().Select(v => ObjectionCodes.Label(v)));
        labels.AddRange(ObjectionCodes.Grounds.SelectMany(g => new[] { ObjectionCodes.GroundLabel(g), ObjectionCodes.GroundHelp(g) }));
        var missing = labels.Where(l => !keys.Contains(l)).ToList();
        Assert.True(missing.Count == 0, "No English for: " + string.Join(" | ", missing));
    }
}
