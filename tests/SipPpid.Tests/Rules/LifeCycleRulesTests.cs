using SipPpid.Domain;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Rules;

/// <summary>Worked examples of the life-cycle rules: the compiled C# answer and the expression's answer agree.</summary>
public sealed class LifeCycleRulesTests
{
    private static readonly WorkingCalendar Calendar = Holidays.Calendar();

    // Received Mon 2026-01-05: day 10 is Tue 2026-01-20 (Fri 2026-01-16 is a holiday), day 17 is Thu 2026-01-29.
    private static readonly DateOnly Received = new(2026, 1, 5);

    private static InformationRequest Request(RequestStatus status = RequestStatus.InProcess, DateOnly? extension = null)
    {
        var r = new InformationRequest { ReceivedDate = Received, Status = status, ExtensionDate = extension };
        Calendar.Apply(r);
        return r;
    }

    private static bool Query<T>(T item, System.Linq.Expressions.Expression<Func<T, bool>> rule) => new[] { item }.AsQueryable().Where(rule).Any();

    [Theory]
    [InlineData(RequestStatus.Registered, true)]
    [InlineData(RequestStatus.InProcess, true)]
    [InlineData(RequestStatus.Incomplete, true)]
    [InlineData(RequestStatus.Decided, false)]
    [InlineData(RequestStatus.Closed, false)]
    [InlineData(RequestStatus.Withdrawn, false)]
    public void Open_is_registered_in_process_or_incomplete(RequestStatus status, bool open)
    {
        Assert.Equal(open, Request(status).IsOpen());
        Assert.Equal(open, Query(Request(status), RequestRules.Open));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("2026-01-04", false)] // before the receipt
    [InlineData("2026-01-05", true)] // the day of receipt
    [InlineData("2026-01-20", true)] // day 10
    [InlineData("2026-01-21", false)] // after day 10: void
    public void An_extension_counts_from_the_receipt_to_day_10(string? date, bool valid)
    {
        DateOnly? extension = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var r = Request(extension: extension);
        Assert.Equal(new DateOnly(2026, 1, 20), r.FirstDeadline);
        Assert.Equal(valid, Calendar.IsValidExtension(Received, extension));
        Assert.Equal(valid, r.ExtensionValid);
        Assert.Equal(valid, Query(r, RequestRules.ExtensionValid));
        Assert.Equal(valid ? new DateOnly(2026, 1, 29) : new DateOnly(2026, 1, 20), r.Deadline);
    }

    [Theory]
    [InlineData("2026-01-14", DeadlineState.OnTrack)] // due soon until Mon 2026-01-19 (Fri 16 is a holiday)
    [InlineData("2026-01-15", DeadlineState.DueSoon)] // until Tue 2026-01-20, the deadline
    [InlineData("2026-01-16", DeadlineState.DueSoon)]
    [InlineData("2026-01-20", DeadlineState.DueSoon)] // the deadline itself
    [InlineData("2026-01-21", DeadlineState.Overdue)] // the day after
    public void Due_soon_from_two_working_days_before_overdue_the_day_after(string day, DeadlineState state)
    {
        var today = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var r = Request();
        var until = Calendar.DueSoonUntil(today);
        Assert.Equal(state, Calendar.Describe(r, today).State);
        Assert.Equal(state == DeadlineState.DueSoon, Query(r, RequestRules.DueSoon(today, until)));
        Assert.Equal(state == DeadlineState.OnTrack, Query(r, RequestRules.OnTrack(until)));
        Assert.Equal(state == DeadlineState.Overdue, Query(r, ReportRules.Overdue(today)));
        Assert.Equal(DeadlineState.Done, Calendar.Describe(Request(RequestStatus.Decided), today).State);
    }

    [Fact]
    public void The_deadline_as_of_a_date_is_day_17_only_once_validly_extended()
    {
        var r = Request(extension: new DateOnly(2026, 1, 12));
        var asOf = ReportRules.DeadlineAsOf(new DateOnly(2026, 1, 9)).Compile();
        Assert.Equal(new DateOnly(2026, 1, 20), asOf(r)); // the extension notice is not given yet
        Assert.Equal(new DateOnly(2026, 1, 29), ReportRules.DeadlineAsOf(new DateOnly(2026, 1, 12)).Compile()(r));
        r.NoticeDate = new DateOnly(2026, 1, 28);
        Assert.True(Query(r, ReportRules.OnTime(new DateOnly(2026, 12, 31))));
        Assert.False(Query(r, ReportRules.OnTime(new DateOnly(2026, 1, 27)))); // not decided by then
    }

    [Fact]
    public void An_objection_awaits_its_answer_until_decided_and_is_overdue_the_day_after_its_deadline()
    {
        var o = new Objection { ReceivedDate = Received, Status = ObjectionStatus.Registered, Deadline = Calendar.AnswerDeadline(Received) };
        var dayAfter = o.Deadline.AddDays(1);
        Assert.True(o.IsAwaiting());
        Assert.True(Query(o, ObjectionRules.Awaiting));
        Assert.Equal(o.IsLapsed(dayAfter), Query(o, ObjectionRules.Overdue(dayAfter)));
        Assert.True(o.IsLapsed(dayAfter));
        Assert.False(Query(o, ObjectionRules.Overdue(o.Deadline)));
        Assert.True(Query(o, ObjectionRules.DueSoon(o.Deadline, Calendar.DueSoonUntil(o.Deadline))));
        o.Status = ObjectionStatus.Decided;
        o.DecisionDate = o.Deadline;
        Assert.False(o.IsAwaiting());
        Assert.False(Query(o, ObjectionRules.Overdue(dayAfter)));
        Assert.True(Query(o, ObjectionRules.AnsweredOnTime(dayAfter)));
        Assert.Equal(DeadlineState.Done, Calendar.Describe(o, dayAfter).State);
    }
}
