namespace SipPpid.Features.Units;

/// <summary>What the shared unit-identity fields need from the Create and Edit pages.</summary>
public interface IUnitFieldsPage
{
    UnitForm Form { get; }
    bool CanEditStructure { get; }
    bool CodeReadOnly { get; }
    bool IsRoot { get; }
    string PembantuLabel { get; }
    IReadOnlyList<UnitRow> ParentChoices { get; }
    string? ErrorFor(string key);
}
