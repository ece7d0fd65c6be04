using SipPpid.Domain;

namespace SipPpid.Features.Dip;

/// <summary>The history's event names in Indonesian (translated by the view's localizer).</summary>
public static class DipHistoryText
{
    public static string Label(DipEventKind kind) => kind switch
    {
        DipEventKind.Created => "Dibuat",
        DipEventKind.Published => "Diterbitkan",
        DipEventKind.Updated => "Diubah",
        DipEventKind.Withdrawn => "Ditarik",
        DipEventKind.Republished => "Diterbitkan kembali",
        DipEventKind.DocumentAdded => "Dokumen ditambahkan",
        DipEventKind.DocumentRemoved => "Dokumen dihapus",
        DipEventKind.Imported => "Diimpor",
        _ => kind.ToString(),
    };
}
