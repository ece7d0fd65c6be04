using System.Linq.Expressions;
using SipPpid.Domain;

namespace SipPpid.Features.Requests;

/// <summary>
/// One column of the Register Permohonan, described once (<see cref="RegisterColumns"/>): its name in the register
/// CSV/JSON and in the register import's header, its Indonesian header (XLSX), how it is read from a request (an
/// expression, projected in the database), how a cell is written and how it is parsed on import, and whether it
/// is personal data. The CSV/XLSX/JSON exports, the printed register and the register import all go through these.
/// </summary>
public abstract class RegisterColumn
{
    private protected RegisterColumn(string name, string? header, bool required)
    {
        Name = name;
        Header = header;
        Required = required;
    }

    /// <summary>The column's name in the CSV and JSON and in an imported file's header (the import contract).</summary>
    public string Name { get; }

    /// <summary>The Indonesian header of the XLSX, which a person opens; null for a column the export leaves out.</summary>
    public string? Header { get; }

    /// <summary>Whether an imported file must have the column and every row a value in it.</summary>
    public bool Required { get; }

    /// <summary>Personal data (the NIK): exported masked, as every role that may export sees it.</summary>
    public bool Personal { get; private protected init; }

    /// <summary>The column's position in <see cref="RegisterColumns.All"/> (and in an exported row's values).</summary>
    public int Index { get; internal set; }

    /// <summary>Whether the register exports and prints the column (it is read from a request).</summary>
    public bool Exported => Header is not null && ReadBody is not null;

    /// <summary>The read expression's body, over <see cref="ReadParameter"/>; null for an import-only column.</summary>
    internal abstract Expression? ReadBody { get; }

    internal abstract ParameterExpression? ReadParameter { get; }

    /// <summary>The column's value of a request in memory (the read expression, compiled); null for an import-only column.</summary>
    public abstract object? ValueOf(InformationRequest request);

    /// <summary>The cell of an exported value as text (masked if personal), as the XLSX, the JSON and the CSV write it.</summary>
    public abstract string? ExportText(object? value);

    /// <summary>The CSV's cell: the text, or a typed value the CSV writer formats itself (the fee, a number).</summary>
    public virtual object? CsvCell(object? value) => ExportText(value);

    /// <summary>The cell of a stored value as text, unmasked: what the import reads back (for generated test files).</summary>
    public abstract string? Text(object? value);

    /// <summary>The value of an imported cell (trimmed, null when empty), or null after reporting what is wrong with it.</summary>
    public abstract object? Parse(string? cell, Action<string> problem);

    /// <summary>Writes an imported value into the request; nothing for a column that is not a plain property of the request.</summary>
    public abstract void Store(InformationRequest request, object? value);
}

/// <summary>A register column whose value read from a request is a <typeparamref name="T"/>.</summary>
public sealed class RegisterColumn<T> : RegisterColumn
{
    private readonly Func<T, string?> _text;
    private readonly Func<string, Action<string>, object?> _parse;
    private readonly Func<string?, string?>? _mask;
    private readonly Func<T, object?>? _csv;
    private readonly Action<InformationRequest, object?>? _store;

    internal RegisterColumn(string name, string? header, bool required, Expression<Func<InformationRequest, T>>? read,
        Func<T, string?> text, Func<string, Action<string>, object?> parse, Func<string?, string?>? mask = null, Func<T, object?>? csv = null)
        : base(name, header, required)
    {
        Read = read;
        _text = text;
        _parse = parse;
        _mask = mask;
        _csv = csv;
        Personal = mask is not null;
        _store = read is null ? null : Setter(read);
    }

    /// <summary>How the column is read from a request, usable in a query; null for an import-only column.</summary>
    public Expression<Func<InformationRequest, T>>? Read { get; }

    internal override Expression? ReadBody => Read?.Body;

    internal override ParameterExpression? ReadParameter => Read?.Parameters[0];

    public override object? ValueOf(InformationRequest request) => (_compiled ??= Read?.Compile()) is { } read ? read(request) : null;

    private Func<InformationRequest, T>? _compiled;

    public override string? Text(object? value) => _text((T)value!);

    public override string? ExportText(object? value) => _mask is null ? Text(value) : _mask(Text(value));

    public override object? CsvCell(object? value) => _csv is null ? ExportText(value) : _csv((T)value!);

    public override object? Parse(string? cell, Action<string> problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (cell is not null) return _parse(cell, problem);
        if (Required) problem("required");
        return null;
    }

    public override void Store(InformationRequest request, object? value) => _store?.Invoke(request, value);

    /// <summary>`(r, v) => r.Property = (PropertyType)v` when the column reads a property of the request itself.</summary>
    private static Action<InformationRequest, object?>? Setter(Expression<Func<InformationRequest, T>> read)
    {
        var body = read.Body is UnaryExpression { NodeType: ExpressionType.Convert } c ? c.Operand : read.Body;
        if (body is not MemberExpression { Member: System.Reflection.PropertyInfo { CanWrite: true } property } m || m.Expression != read.Parameters[0])
            return null;
        var request = Expression.Parameter(typeof(InformationRequest), "r");
        var value = Expression.Parameter(typeof(object), "v");
        var assign = Expression.Assign(Expression.Property(request, property), Expression.Convert(value, property.PropertyType));
        return Expression.Lambda<Action<InformationRequest, object?>>(assign, request, value).Compile();
    }
}
