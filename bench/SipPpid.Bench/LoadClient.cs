using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace SipPpid.Bench;

/// <summary>
/// Concurrent public submissions through POST /api/v1/requests, spread round-robin over one or more app instances.
/// Every 201 is written to a file (unit, registration number, tracking code) so <see cref="LoadCheck"/> can prove
/// afterwards that each one is in the database. Refused connections (an instance being killed) are counted and the
/// worker moves on to the next instance; they are not 201s, so nothing is claimed about them.
/// </summary>
public static class LoadClient
{
    public const string ApplicantName = "Pemohon Uji Beban";

    /// <summary>
    /// How to load: <c>Rate</c> &gt; 0 offers that many submissions per second (open loop: request i is due at i / Rate
    /// and its latency counts from then, so a slow server cannot hide its queueing); 0 = each worker sends its next
    /// request as soon as it has an answer.
    /// </summary>
    public sealed record Options(string[] Urls, int Seconds, int Warmup, int Concurrency, string[] Units, string CreatedFile, int Rate = 0);

    public static async Task<int> RunAsync(Options o)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = o.Concurrency,
            ConnectTimeout = TimeSpan.FromSeconds(2),
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
        };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var bodies = o.Units.Select(Body).ToArray();
        var created = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<string, long>();
        var latencies = new ConcurrentBag<List<double>>();
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + (o.Warmup * Stopwatch.Frequency);
        var end = measureFrom + (o.Seconds * Stopwatch.Frequency);
        long next = 0, measured = 0;

        async Task Worker()
        {
            var mine = new List<double>();
            latencies.Add(mine);
            while (Stopwatch.GetTimestamp() < end)
            {
                var i = Interlocked.Increment(ref next);
                var url = o.Urls[i % o.Urls.Length];
                var body = bodies[i % bodies.Length];
                var t0 = Stopwatch.GetTimestamp();
                if (o.Rate > 0)
                {
                    t0 = start + (i * Stopwatch.Frequency / o.Rate);
                    if (t0 >= end) break;
                    var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), t0);
                    if (wait > TimeSpan.Zero) await Task.Delay(wait);
                }

                try
                {
                    using var content = new ByteArrayContent(body.Json);
                    content.Headers.ContentType = new("application/json");
                    using var response = await http.PostAsync(url + "/api/v1/requests", content);
                    var bytes = await response.Content.ReadAsByteArrayAsync();
                    var t1 = Stopwatch.GetTimestamp();
                    statuses.AddOrUpdate(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), 1, (_, n) => n + 1);
                    if (response.StatusCode != HttpStatusCode.Created) continue;
                    using var doc = JsonDocument.Parse(bytes);
                    var number = doc.RootElement.GetProperty("registrationNumber").GetString();
                    var code = doc.RootElement.GetProperty("trackingCode").GetString();
                    created.Enqueue($"{body.Unit},{number},{code}");
                    if (t0 >= measureFrom && t1 <= end)
                    {
                        mine.Add(Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds);
                        Interlocked.Increment(ref measured);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    statuses.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
                    // An instance that is down refuses at once: don't spin on it.
                    await Task.Delay(20);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, o.Concurrency).Select(_ => Task.Run(Worker)));
        await File.WriteAllLinesAsync(o.CreatedFile, created);

        var all = latencies.SelectMany(l => l).Order().ToArray();
        var summary = new StringBuilder();
        summary.Append(CultureInfo.InvariantCulture, $"instances {o.Urls.Length}, concurrency {o.Concurrency}{(o.Rate > 0 ? $" (open loop, {o.Rate}/s offered)" : "")}, units {string.Join('+', o.Units.Select(u => u.Length == 0 ? "(default)" : u))}, ");
        summary.Append(CultureInfo.InvariantCulture, $"{o.Seconds} s measured after {o.Warmup} s warm-up\n");
        summary.Append(CultureInfo.InvariantCulture, $"answers: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} x{s.Value}"))}\n");
        summary.Append(CultureInfo.InvariantCulture, $"201 in window: {measured} = {measured / (double)o.Seconds:F0}/s; ");
        summary.Append(CultureInfo.InvariantCulture, $"latency ms p50 {Pct(all, 0.50):F1}, p90 {Pct(all, 0.90):F1}, p99 {Pct(all, 0.99):F1}, max {(all.Length > 0 ? all[^1] : 0):F1}\n");
        summary.Append(CultureInfo.InvariantCulture, $"201 in all (incl. warm-up): {created.Count}, written to {o.CreatedFile}");
        Console.WriteLine(summary);
        return created.IsEmpty ? 1 : 0;
    }

    private static double Pct(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private sealed record Submission(string Unit, byte[] Json);

    private static Submission Body(string unit) => new(unit, JsonSerializer.SerializeToUtf8Bytes(new
    {
        unitCode = unit.Length == 0 ? null : unit,
        applicantType = "individual",
        applicantName = ApplicantName,
        applicantNik = "6171012304850003",
        applicantEmail = "beban@example.org",
        applicantAddress = "Jl. Ahmad Yani No. 1, Pontianak",
        informationRequested = "Daftar paket pengadaan barang/jasa tahun berjalan",
        purpose = "Uji beban",
        obtainMethod = "copy",
        copyFormat = "softcopy",
        deliveryMethod = "email",
    }));
}
