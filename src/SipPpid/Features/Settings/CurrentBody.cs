using SipPpid.Data;

namespace SipPpid.Features.Settings;

/// <summary>The body's settings, loaded once per request.</summary>
public sealed class CurrentBody(AppDbContext db)
{
    private BodySettings? _settings;

    public async Task<BodySettings> GetAsync(CancellationToken ct = default) => _settings ??= await BodySettings.LoadAsync(db, ct);
}
