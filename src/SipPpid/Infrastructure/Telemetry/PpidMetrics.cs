using System.Diagnostics;
using System.Diagnostics.Metrics;
using SipPpid.Data;
using SipPpid.Domain;

namespace SipPpid.Infrastructure.Telemetry;

/// <summary>
/// The app's own metrics (meter <c>SipPpid</c>) and traces (activity source <c>SipPpid</c>). Without a listener
/// (the OTLP exporter is off by default) recording costs next to nothing.
/// </summary>
public sealed class PpidMetrics
{
    public const string Name = "SipPpid";

    /// <summary>Spans around the report computation and request registration.</summary>
    public static readonly ActivitySource Activities = new(Name);

    private readonly Histogram<double> _reportDuration;
    private readonly Counter<long> _registered;

    public PpidMetrics(IMeterFactory meters, IServiceScopeFactory scopes)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(Name);
        _reportDuration = meter.CreateHistogram<double>("sipppid.report.duration", "s", "Time to compute the service report's figures.");
        _registered = meter.CreateCounter<long>("sipppid.requests.registered", "{request}", "Requests registered (web form, API and desk entry).");
        // Read only when a collector asks (the exporter's interval), never on a request's path.
        meter.CreateObservableGauge("sipppid.outbox.backlog", () => OutboxBacklog(scopes), "{message}", "Unsent e-mails in the outbox.");
    }

    /// <summary>Starts timing a report; dispose the result when the figures are computed.</summary>
    public ReportTiming TimeReport(string scope) => new(_reportDuration, scope, Activities.StartActivity("ServiceReport"));

    public void Registered(string channel) => _registered.Add(1, new KeyValuePair<string, object?>("sipppid.channel", channel));

    private static IEnumerable<Measurement<long>> OutboxBacklog(IServiceScopeFactory scopes)
    {
        long count;
        try
        {
            using var scope = scopes.CreateScope();
            // Served by the (SentAtUtc, NextAttemptAtUtc) index.
            count = scope.ServiceProvider.GetRequiredService<AppDbContext>().Outbox.Where(OutboxMessage.Waiting).LongCount();
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            // No reading this time (database unavailable); /readyz reports that.
            yield break;
        }

        yield return new Measurement<long>(count);
    }

    public sealed class ReportTiming(Histogram<double> histogram, string scope, Activity? activity) : IDisposable
    {
        private readonly long _start = Stopwatch.GetTimestamp();

        public Activity? Activity => activity;

        public void Dispose()
        {
            histogram.Record(Stopwatch.GetElapsedTime(_start).TotalSeconds, new KeyValuePair<string, object?>("sipppid.report.scope", scope));
            activity?.Dispose();
        }
    }
}
