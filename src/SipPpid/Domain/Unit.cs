namespace SipPpid.Domain;

public enum UnitKind
{
    Utama,
    Pembantu,
}

/// <summary>
/// A PPID unit: the PPID Utama or a PPID Pembantu of one agency. Units form a tree; <see cref="Path"/>
/// holds the codes from the root down ("/PROV/DINKES/") so a subtree is one prefix match in SQL.
/// </summary>
public sealed class Unit
{
    public const int CodeMaxLength = 40;

    public int Id { get; set; }

    /// <summary>Stable identifier used by imports, reports and URLs; never changes once created.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";
    public UnitKind Kind { get; set; }
    public int? ParentId { get; set; }
    public Unit? Parent { get; set; }
    public string Path { get; set; } = "";
    public bool IsActive { get; set; } = true;
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? OfficerName { get; set; }
    public string? OfficerNip { get; set; }

    public static string PathFor(string? parentPath, string code) => (parentPath ?? "/") + code + "/";

    /// <summary>True when <paramref name="code"/> is a valid unit code (A–Z, 0–9, '-' and '_').</summary>
    public static bool IsValidCode(string? code) =>
        !string.IsNullOrEmpty(code) && code.Length <= CodeMaxLength &&
        code.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_');
}
