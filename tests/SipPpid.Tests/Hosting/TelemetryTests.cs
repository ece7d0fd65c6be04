using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using SipPpid.Infrastructure.Telemetry;
using SipPpid.Tests.Support;

namespace SipPpid.Tests.Hosting;

/// <summary>The app's metrics and spans, observed in-process the way an OpenTelemetry exporter sees them.</summary>
public abstract class TelemetryTests<TApp>(TApp app) : IClassFixture<TApp>, IAsyncLifetime where TApp : AppFactory
{
    public async Task InitializeAsync() => await app.SeedDemoAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private sealed record Recorded(string Instrument, double Value, Dictionary<string, object?> Tags);

    /// <summary>Listens to this app's <c>SipPpid</c> meter only (other test hosts in the process have their own).</summary>
    private MeterListener Listen(List<Recorded> into)
    {
        var factory = app.Services.GetRequiredService<IMeterFactory>();
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == PpidMetrics.Name && ReferenceEquals(instrument.Meter.Scope, factory)) l.EnableMeasurementEvents(instrument);
            },
        };
        void Add(Instrument i, double v, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            lock (into) into.Add(new Recorded(i.Name, v, new Dictionary<string, object?>(tags.ToArray())));
        }

        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Add(i, v, tags));
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Add(i, v, tags));
        listener.Start();
        return listener;
    }

    [Fact]
    public async Task Computing_the_report_records_its_duration_and_a_span()
    {
        var recorded = new List<Recorded>();
        var spans = new List<Activity>();
        using var listener = Listen(recorded);
        using var tracer = new ActivityListener
        {
            ShouldListenTo = s => s.Name == PpidMetrics.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (spans) spans.Add(a); },
        };
        ActivitySource.AddActivityListener(tracer);
        var client = await app.SignedInAsync("utama@ppid.demo");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/reports/service?from=2026-01-01&to=2026-01-31")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/reports/service?from=2026-01-01&to=2026-01-31&unit=DINKES")).StatusCode);

        var durations = recorded.Where(r => r.Instrument == "sipppid.report.duration").ToList();
        Assert.Equal(["body", "unit"], durations.Select(d => (string?)d.Tags["sipppid.report.scope"]));
        Assert.All(durations, d => Assert.True(d.Value > 0, $"duration {d.Value}"));
        var span = Assert.Single(spans, s => s.OperationName == "ServiceReport" && (string?)s.GetTagItem("sipppid.unit") == "DINKES");
        Assert.Equal("2026-01-31", span.GetTagItem("sipppid.report.to"));
    }

    [Fact]
    public async Task A_registration_is_counted_and_the_outbox_backlog_is_read_from_the_database()
    {
        var recorded = new List<Recorded>();
        using var listener = Listen(recorded);
        var response = await app.Client().PostAsJsonAsync("/api/v1/requests", new
        {
            unitCode = "DINKES",
            applicantType = "individual",
            applicantName = "Pemohon Metrik",
            applicantNik = "6171012304850003",
            applicantEmail = "metrik@example.org",
            applicantAddress = "Pontianak",
            informationRequested = "Data metrik",
            purpose = "Uji",
            obtainMethod = "view",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var registered = Assert.Single(recorded, r => r.Instrument == "sipppid.requests.registered");
        Assert.Equal(1, registered.Value);
        Assert.Equal("web", registered.Tags["sipppid.channel"]);

        listener.RecordObservableInstruments();
        var unsent = await app.WithDbAsync(db => db.Outbox.CountAsync(m => m.SentAtUtc == null));
        Assert.True(unsent > 0);
        Assert.Equal(unsent, Assert.Single(recorded, r => r.Instrument == "sipppid.outbox.backlog").Value);
    }

    [Fact]
    public void Without_a_collector_no_telemetry_pipeline_runs()
    {
        Assert.Null(app.Services.GetService<MeterProvider>());
        Assert.Null(app.Services.GetService<TracerProvider>());
    }
}

public sealed class SqliteTelemetryTests(SqliteApp app) : TelemetryTests<SqliteApp>(app);

public sealed class PostgresTelemetryTests(PostgresApp app) : TelemetryTests<PostgresApp>(app);

/// <summary>An instance configured with an OTLP collector (nothing listens there: export failures are only logged).</summary>
public sealed class OtlpApp() : AppFactory(new Dictionary<string, string> { ["OpenTelemetry:OtlpEndpoint"] = "http://127.0.0.1:9" });

public sealed class OtlpExporterTests(OtlpApp app) : IClassFixture<OtlpApp>
{
    [Fact]
    public async Task A_configured_collector_gets_metrics_and_traces()
    {
        Assert.Equal(HttpStatusCode.OK, (await app.Client().GetAsync("/healthz")).StatusCode);
        Assert.NotNull(app.Services.GetService<MeterProvider>());
        Assert.NotNull(app.Services.GetService<TracerProvider>());
    }
}
