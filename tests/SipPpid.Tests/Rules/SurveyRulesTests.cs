using SipPpid.Features.Survey;

namespace SipPpid.Tests.Rules;

/// <summary>The survey's computation (survey.md) with worked examples: exact fractions, rounding, grades, minimum sample.</summary>
public sealed class SurveyRulesTests
{
    private static ElementTally[] Same(long sum, int count) => [.. Enumerable.Repeat(new ElementTally(sum, count), 9)];

    [Fact]
    public void Nine_perfect_answers_give_100_and_grade_A_because_the_weight_is_exactly_one_ninth()
    {
        // With the guideline's printed weight 0.111 this would be 4 × 9 × 0.111 × 25 = 99.9.
        var index = SurveyRules.Compute(1, Same(4, 1));
        Assert.All(index.Nrr, n => Assert.Equal(4.00m, n));
        Assert.Equal(4.000m, index.Ikm);
        Assert.Equal(100.00m, index.Converted);
        Assert.Equal("A", index.Grade);
    }

    [Fact]
    public void Three_respondents_worked_example()
    {
        // u1 answered 3, 3, 4 (sum 10 → NRR 10/3 = 3.33); u2–u9 all 3 (NRR 3.00).
        // ΣNRR = 10/3 + 24 = 82/3; IKM = 82/27 = 3.037037… → 3.037; konversi = 2050/27 = 75.9259… → 75.93 → C.
        ElementTally[] tallies = [new(10, 3), .. Enumerable.Repeat(new ElementTally(9, 3), 8)];
        var index = SurveyRules.Compute(3, tallies);
        Assert.Equal(3.33m, index.Nrr[0]);
        Assert.Equal(3.00m, index.Nrr[8]);
        Assert.Equal(3.037m, index.Ikm);
        Assert.Equal(75.93m, index.Converted);
        Assert.Equal("C", index.Grade);
        Assert.Equal(3, index.Respondents);
    }

    [Fact]
    public void A_converted_value_exactly_at_a_midpoint_rounds_away_from_zero_into_the_higher_grade()
    {
        // Eight elements at NRR 3, one at 35 778 / 10 000 = 3.5778: ΣNRR = 27.5778, konversi = 27.5778 × 25/9 = 76.605 exactly.
        // Half away from zero gives 76.61 (B); binary floating point would give 76.60499… and C.
        ElementTally[] tallies = [.. Enumerable.Repeat(new ElementTally(30_000, 10_000), 8), new(35_778, 10_000)];
        var index = SurveyRules.Compute(10_000, tallies);
        Assert.Equal(76.61m, index.Converted);
        Assert.Equal("B", index.Grade);
        Assert.Equal(3.064m, index.Ikm); // 27.5778 / 9 = 3.0642
        Assert.Equal(3.58m, index.Nrr[8]);
    }

    [Fact]
    public void An_element_nobody_answered_leaves_no_index_but_keeps_the_respondents_and_the_other_elements()
    {
        ElementTally[] tallies = [.. Enumerable.Repeat(new ElementTally(5, 2), 8), new(0, 0)];
        var index = SurveyRules.Compute(2, tallies);
        Assert.Equal(2.50m, index.Nrr[0]);
        Assert.Null(index.Nrr[8]);
        Assert.Null(index.Ikm);
        Assert.Null(index.Converted);
        Assert.Null(index.Grade);
        Assert.Equal(2, index.Respondents);
        Assert.Null(SurveyIndex.Empty.Ikm);
        Assert.Equal(0, SurveyIndex.Empty.Respondents);
    }

    [Theory]
    [InlineData("100.00", "A")]
    [InlineData("88.31", "A")]
    [InlineData("88.30", "B")]
    [InlineData("76.61", "B")]
    [InlineData("76.60", "C")]
    [InlineData("65.00", "C")]
    [InlineData("64.99", "D")]
    [InlineData("25.00", "D")]
    public void Grades_follow_the_thresholds_of_the_guideline(string converted, string grade) =>
        Assert.Equal(grade, SurveyRules.Grade(decimal.Parse(converted, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(3, 3)]
    [InlineData(10, 10)]
    [InlineData(50, 45)]
    [InlineData(100, 80)]
    [InlineData(1000, 278)]
    [InlineData(1_000_000, 384)]
    public void The_minimum_sample_is_krejcie_morgan_rounded_up(int population, int sample) =>
        Assert.Equal(sample, SurveyRules.MinimumSample(population));

    [Fact]
    public void Answers_outside_1_to_4_and_unknown_profile_codes_are_named_field_by_field()
    {
        var answers = new SurveyAnswers { Answers = [5, 0, null, 4, 4, 4, 4, 4, 4], Gender = "x", Age = 7, Education = "sma", Occupation = "astronot" };
        var errors = answers.Validate(requireAll: false);
        Assert.Equal(["u1", "u2", "gender", "age", "occupation"], errors.Select(e => e.Field));
        Assert.Contains(("u3", "Pilih salah satu jawaban."), new SurveyAnswers { Answers = [4, 4, null, 4, 4, 4, 4, 4, 4] }.Validate(requireAll: true));
        Assert.Equal(["u1"], new SurveyAnswers().Validate(requireAll: false).Select(e => e.Field));
        Assert.Empty(new SurveyAnswers { Answers = [4, null, null, null, null, null, null, null, null] }.Validate(requireAll: false));
    }
}
