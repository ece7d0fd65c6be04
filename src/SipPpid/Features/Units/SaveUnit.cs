using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SipPpid.Data;
using SipPpid.Domain;
using SipPpid.Features.Audit;
using SipPpid.Infrastructure.Forms;

namespace SipPpid.Features.Units;

/// <summary>Creates and edits units, keeping codes unique and the tree (paths, no cycles) sound.</summary>
public sealed class SaveUnit(AppDbContext db, IStringLocalizer<SharedResource> t)
{
    public async Task<(Unit? Unit, List<FieldError> Errors)> CreateAsync(UnitForm form, ClaimsPrincipal actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<FieldError>();
        var code = form.Code.Trim().ToUpperInvariant();
        if (await db.Units.AnyAsync(u => u.Code == code, ct))
            errors.Add(new("Form.Code", t["Kode {0} sudah dipakai unit lain.", code]));
        var hasRoot = await db.Units.AnyAsync(u => u.ParentId == null, ct);
        Unit? parent = null;
        if (string.IsNullOrEmpty(form.ParentCode))
        {
            if (hasRoot) errors.Add(new("Form.ParentCode", t["Pilih unit induk."]));
        }
        else
        {
            parent = await db.Units.FirstOrDefaultAsync(u => u.Code == form.ParentCode && u.IsActive, ct);
            if (parent is null) errors.Add(new("Form.ParentCode", t["Unit induk tidak ada atau tidak aktif."]));
        }

        if (errors.Count > 0) return (null, errors);
        var unit = new Unit { Code = code, Name = form.Name.Trim(), Kind = form.Kind, Parent = parent, Path = Unit.PathFor(parent?.Path, code) };
        form.ApplyContactTo(unit);
        db.Units.Add(unit);
        db.Audit(actor, "unit.create", code, new { unit.Name, parent = parent?.Code, kind = unit.Kind.ToString() });
        await db.SaveChangesAsync(ct);
        return (unit, errors);
    }

    /// <summary>Saves the contact fields, and when <paramref name="structure"/> is true also name, kind and parent.</summary>
    public async Task<List<FieldError>> UpdateAsync(Unit unit, UnitForm form, bool structure, ClaimsPrincipal actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<FieldError>();
        var before = UnitForm.From(unit);
        if (structure)
        {
            unit.Name = form.Name.Trim();
            unit.Kind = form.Kind;
            if (unit.ParentId is null)
            {
                if (!string.IsNullOrEmpty(form.ParentCode)) errors.Add(new("Form.ParentCode", t["Unit teratas tidak mempunyai induk."]));
            }
            else if (form.ParentCode != unit.Parent?.Code)
            {
                var parent = await db.Units.FirstOrDefaultAsync(u => u.Code == form.ParentCode && u.IsActive, ct);
                if (parent is null) errors.Add(new("Form.ParentCode", t["Unit induk tidak ada atau tidak aktif."]));
                else if (UnitTree.IsInSubtreeOf(parent, unit)) errors.Add(new("Form.ParentCode", t["Unit induk tidak boleh unit ini sendiri atau unit di bawahnya."]));
                else await MoveAsync(unit, parent, ct);
            }
        }

        if (errors.Count > 0) return errors;
        form.ApplyContactTo(unit);
        db.Audit(actor, "unit.update", unit.Code, new { before, after = UnitForm.From(unit) });
        await db.SaveChangesAsync(ct);
        return errors;
    }

    public async Task<FieldError?> SetActiveAsync(Unit unit, bool active, ClaimsPrincipal actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (!active)
        {
            if (unit.ParentId is null) return new("", t["Unit teratas tidak dapat dinonaktifkan."]);
            if (await db.Units.AnyAsync(u => u.ParentId == unit.Id && u.IsActive, ct))
                return new("", t["Nonaktifkan dahulu unit-unit di bawah unit ini."]);
        }
        else if (unit.Parent is { IsActive: false })
        {
            return new("", t["Aktifkan dahulu unit induknya."]);
        }

        unit.IsActive = active;
        db.Audit(actor, active ? "unit.activate" : "unit.deactivate", unit.Code);
        await db.SaveChangesAsync(ct);
        return null;
    }

    private async Task MoveAsync(Unit unit, Unit parent, CancellationToken ct)
    {
        var oldPath = unit.Path;
        var subtree = await db.Units.Where(u => u.Path.StartsWith(oldPath)).ToListAsync(ct);
        unit.Parent = parent;
        var newPath = Unit.PathFor(parent.Path, unit.Code);
        foreach (var u in subtree) u.Path = newPath + u.Path[oldPath.Length..];
    }
}
