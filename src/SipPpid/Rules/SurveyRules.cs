using System.Globalization;
using System.Linq.Expressions;
using System.Numerics;
using SipPpid.Domain;

namespace SipPpid.Rules;

/// <summary>
/// The Survei Kepuasan Masyarakat's rules (survey.md, PermenPAN-RB 14/2017), written once: which responses count for a
/// period, the index computed exactly from per-element sums and counts, the grade, and Krejcie–Morgan's minimum sample.
/// The database aggregates (sums and counts per element); <see cref="Compute"/> turns those into the figures.
/// </summary>
public static class SurveyRules
{
    /// <summary>The element codes, in order (survey.md).</summary>
    public static readonly IReadOnlyList<string> Elements = ["u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"];

    public const int MinAnswer = 1;
    public const int MaxAnswer = 4;

    /// <summary>A response counts in the period that holds its date.</summary>
    public static Expression<Func<SurveyResponse, bool>> InPeriod(DateOnly from, DateOnly to) => s => s.Date >= from && s.Date <= to;

    /// <summary>The population of a period: the requests decided in it (<see cref="ReportRules.DecidedIn"/>).</summary>
    public static Expression<Func<InformationRequest, bool>> Population(DateOnly from, DateOnly to) => ReportRules.DecidedIn(from, to);

    /// <summary>An applicant may rate a request once it has its written notice.</summary>
    public static bool CanRate(InformationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.NoticeDate is not null;
    }

    public static bool IsValidAnswer(int? answer) => answer is null or (>= MinAnswer and <= MaxAnswer);

    /// <summary>
    /// Krejcie–Morgan: s = ⌈ 3.841·N·0.25 ÷ (0.0025·(N−1) + 3.841·0.25) ⌉, computed in exact fractions
    /// (N = 100 → 80, N = 1 000 → 278, N = 0 → 0).
    /// </summary>
    public static int MinimumSample(int population)
    {
        if (population <= 0) return 0;
        // Multiply through by 10 000·4: numerator 38 410·N, denominator 100·(N−1) + 38 410.
        var numerator = new BigInteger(38_410) * population;
        var denominator = new BigInteger(100) * (population - 1) + 38_410;
        return (int)BigInteger.Divide(numerator + denominator - 1, denominator);
    }

    /// <summary>Mutu pelayanan from IKM konversi rounded to 2 decimals (survey.md): A ≥ 88.31, B ≥ 76.61, C ≥ 65.00, else D.</summary>
    public static string? Grade(decimal? convertedRounded) => convertedRounded switch
    {
        null => null,
        >= 88.31m => "A",
        >= 76.61m => "B",
        >= 65.00m => "C",
        _ => "D",
    };

    /// <summary>
    /// The figures from the nine elements' sums and answer counts: NRR_i = sum ÷ count, IKM = (ΣNRR) × 1/9, IKM konversi =
    /// IKM × 25, all exact fractions rounded half away from zero only for display (NRR 2, IKM 3, konversi 2 decimals).
    /// No IKM while any element has no answer.
    /// </summary>
    public static SurveyIndex Compute(int respondents, IReadOnlyList<ElementTally> elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        if (elements.Count != Elements.Count) throw new ArgumentException("Nine elements, u1…u9.", nameof(elements));
        var nrr = elements.Select(e => e.Count == 0 ? (Fraction?)null : new Fraction(e.Sum, e.Count)).ToList();
        decimal? ikm = null, converted = null;
        if (nrr.All(n => n is not null))
        {
            var sum = nrr.Aggregate(Fraction.Zero, (acc, n) => acc + n!.Value);
            var exactIkm = sum * new Fraction(1, 9);
            ikm = exactIkm.Round(3);
            converted = (exactIkm * new Fraction(25, 1)).Round(2);
        }
        return new SurveyIndex(respondents, [.. nrr.Select(n => n?.Round(2))], ikm, converted, Grade(converted));
    }

    /// <summary>An exact non-negative fraction; enough for sums of answers and their averages.</summary>
    private readonly record struct Fraction
    {
        public static readonly Fraction Zero = new(0, 1);

        public Fraction(BigInteger numerator, BigInteger denominator)
        {
            var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
            (Numerator, Denominator) = gcd.IsZero ? (numerator, denominator) : (numerator / gcd, denominator / gcd);
        }

        public BigInteger Numerator { get; }
        public BigInteger Denominator { get; }

        public static Fraction operator +(Fraction a, Fraction b) =>
            new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

        public static Fraction operator *(Fraction a, Fraction b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

        /// <summary>Half away from zero (values are never negative): ⌊(2·n·10^d + den) ÷ (2·den)⌋ ÷ 10^d.</summary>
        public decimal Round(int decimals)
        {
            var scale = BigInteger.Pow(10, decimals);
            var scaled = BigInteger.Divide(2 * Numerator * scale + Denominator, 2 * Denominator);
            return decimal.Parse(scaled.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) / (decimal)scale;
        }
    }
}

/// <summary>The database's aggregate of one element: the sum of its answers and how many responses answered it.</summary>
public readonly record struct ElementTally(long Sum, int Count);

/// <summary>
/// The survey's figures for a set of responses, rounded for display as survey.md says: <see cref="Nrr"/> per element
/// (2 decimals, null when the element has no answer), <see cref="Ikm"/> (3), <see cref="Converted"/> (IKM konversi, 2),
/// <see cref="Grade"/> A–D. The last three are null while any element has no answer.
/// </summary>
public sealed record SurveyIndex(int Respondents, IReadOnlyList<decimal?> Nrr, decimal? Ikm, decimal? Converted, string? Grade)
{
    public static SurveyIndex Empty { get; } = SurveyRules.Compute(0, [.. Enumerable.Repeat(default(ElementTally), 9)]);
}
