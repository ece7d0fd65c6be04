using SipPpid.Domain;

namespace SipPpid.Features.RegisterImport;

/// <summary>The words for an import's state (keys of the shared resources).</summary>
public static class ImportStateText
{
    public static string State(RegisterImportState state) => state switch
    {
        RegisterImportState.Queued => "Menunggu",
        RegisterImportState.Running => "Berjalan",
        RegisterImportState.Succeeded => "Selesai",
        RegisterImportState.Refused => "Ditolak, tidak ada yang diimpor",
        _ => "Gagal, tidak ada yang diimpor",
    };
}
