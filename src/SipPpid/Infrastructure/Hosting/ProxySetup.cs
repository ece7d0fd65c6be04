using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using SipPpid.Infrastructure.Time;

namespace SipPpid.Infrastructure.Hosting;

/// <summary>Section <c>Proxy</c>: the reverse proxies (nginx) whose X-Forwarded-For/-Proto headers are believed.</summary>
public sealed class ProxyOptions
{
    /// <summary>Proxy addresses, e.g. <c>10.0.0.5</c>. Empty with no networks: only the loopback (nginx on the same server).</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];
}

/// <summary>
/// Running behind nginx: the client's address (rate limits, logs) and scheme (secure cookies, redirects) come from the
/// forwarded headers of a trusted proxy only. <c>Ppid:RequireHttps</c> redirects plain HTTP to HTTPS (off by default,
/// because the demo and the tests serve http on 127.0.0.1); the probes are never redirected, so a load balancer
/// can check an instance over plain HTTP.
/// </summary>
public static class ProxySetup
{
    public static IServiceCollection AddProxy(this IServiceCollection services, IConfiguration config)
    {
        services.AddOptions<ProxyOptions>().BindConfiguration("Proxy")
            .Validate(o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)), "Proxy:KnownProxies must list IP addresses such as 10.0.0.5.")
            .Validate(o => o.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)), "Proxy:KnownNetworks must list networks in CIDR notation such as 10.0.0.0/24.")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((o, proxy) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            var p = proxy.Value;
            if (p.KnownProxies.Count == 0 && p.KnownNetworks.Count == 0) return; // the defaults: loopback only
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var a in p.KnownProxies) if (IPAddress.TryParse(a, out var ip)) o.KnownProxies.Add(ip);
            foreach (var n in p.KnownNetworks) if (System.Net.IPNetwork.TryParse(n, out var net)) o.KnownIPNetworks.Add(net);
        });
        // Behind a proxy the app listens on HTTP only, so the HTTPS port can't be discovered: 443 unless HTTPS_PORT says otherwise.
        services.AddHttpsRedirection(o => o.HttpsPort = config.GetValue<int?>("HTTPS_PORT") ?? 443);
        return services;
    }

    public static WebApplication UseProxy(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        if (app.Services.GetRequiredService<IOptions<PpidOptions>>().Value.RequireHttps)
            app.UseWhen(http => !Probes.IsProbe(http.Request.Path), b => b.UseHttpsRedirection());
        return app;
    }
}
