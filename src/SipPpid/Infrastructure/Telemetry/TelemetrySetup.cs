using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SipPpid.Infrastructure.Hosting;

namespace SipPpid.Infrastructure.Telemetry;

public sealed class TelemetryOptions
{
    /// <summary>OTLP collector address; empty (default) leaves the exporter off unless OTEL_EXPORTER_OTLP_ENDPOINT is set.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>grpc</c> (default, port 4317) or <c>http/protobuf</c> (port 4318).</summary>
    public string OtlpProtocol { get; set; } = "grpc";

    public static bool TryProtocol(string? value, out OtlpExportProtocol protocol)
    {
        (var known, protocol) = value?.Trim().ToLowerInvariant() switch
        {
            "grpc" => (true, OtlpExportProtocol.Grpc),
            "http/protobuf" => (true, OtlpExportProtocol.HttpProtobuf),
            _ => (false, default(OtlpExportProtocol)),
        };
        return known;
    }
}

/// <summary>
/// OpenTelemetry: request rate and latency and spans from ASP.NET Core, plus the app's <see cref="PpidMetrics"/>,
/// sent over OTLP, also the logs. Registered only when a collector is configured, so a default install runs no
/// telemetry pipeline at all.
/// </summary>
public static class TelemetrySetup
{
    public const string Section = "OpenTelemetry";

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration config)
    {
        services.AddMetrics();
        services.AddSingleton<PpidMetrics>();
        services.AddOptions<TelemetryOptions>().BindConfiguration(Section)
            .Validate(o => o.OtlpEndpoint is not { Length: > 0 } e || Endpoint(e) is not null,
                "OpenTelemetry:OtlpEndpoint must be an http(s) address such as http://127.0.0.1:4317.")
            .Validate(o => TelemetryOptions.TryProtocol(o.OtlpProtocol, out _), "OpenTelemetry:OtlpProtocol must be grpc or http/protobuf.")
            .ValidateOnStart();

        var options = config.GetSection(Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var endpoint = Endpoint(options.OtlpEndpoint);
        var configured = endpoint is not null;
        var standard = config["OTEL_EXPORTER_OTLP_ENDPOINT"] is { Length: > 0 };
        if (!configured && !standard) return services;

        var otel = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("sipppid"))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddMeter(PpidMetrics.Name))
            .WithTracing(t => t.AddAspNetCoreInstrumentation(o => o.Filter = http => !Probes.IsProbe(http.Request.Path))
                .AddSource(PpidMetrics.Name));
        if (configured && TelemetryOptions.TryProtocol(options.OtlpProtocol, out var protocol)) otel.UseOtlpExporter(protocol, endpoint!);
        else otel.UseOtlpExporter(); // reads the standard OTEL_EXPORTER_OTLP_* variables
        return services;
    }

    private static Uri? Endpoint(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;
}
