namespace SipPpid;

/// <summary>
/// Marker for the app's one resource set. Keys are the Indonesian texts (the default language);
/// Resources/SharedResource.en.resx holds their English translations.
/// </summary>
#pragma warning disable CA1052 // must be a type that can be used as a generic argument
public sealed class SharedResource;
#pragma warning restore CA1052
