using SipPpid.Domain;

namespace SipPpid.Features.Units;

/// <summary>Keeps each unit's <see cref="Unit.Path"/> consistent with the parent links.</summary>
public static class UnitTree
{
    /// <summary>
    /// Recomputes the paths of all <paramref name="units"/> (the whole tree, tracked). Returns the code of a
    /// unit caught in a cycle, or null when the tree is sound.
    /// </summary>
    public static string? RecomputePaths(IReadOnlyCollection<Unit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var byId = units.Where(u => u.Id != 0).ToDictionary(u => u.Id);
        var paths = new Dictionary<Unit, string>();
        foreach (var unit in units)
        {
            var chain = new List<Unit>();
            var seen = new HashSet<Unit>();
            var current = unit;
            string? basePath = null;
            while (current is not null)
            {
                if (paths.TryGetValue(current, out var known)) { basePath = known; break; }
                if (!seen.Add(current)) return current.Code;
                chain.Add(current);
                current = current.Parent ?? (current.ParentId is { } pid ? byId.GetValueOrDefault(pid) : null);
            }

            for (var i = chain.Count - 1; i >= 0; i--)
            {
                basePath = Unit.PathFor(basePath, chain[i].Code);
                paths[chain[i]] = basePath;
            }
        }

        foreach (var (unit, path) in paths) unit.Path = path;
        return null;
    }

    /// <summary>True when <paramref name="candidate"/> is <paramref name="unit"/> or lies below it.</summary>
    public static bool IsInSubtreeOf(Unit candidate, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(unit);
        return candidate.Path.StartsWith(unit.Path, StringComparison.Ordinal);
    }
}
