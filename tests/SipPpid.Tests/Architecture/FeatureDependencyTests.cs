using System.Reflection;
using System.Reflection.Emit;
using System.Text;
using Xunit.Abstractions;

namespace SipPpid.Tests.Architecture;

/// <summary>
/// The app's layering, read from the compiled assembly (every type a type names in its signatures, attributes and
/// method bodies, views included): the feature folders depend on each other without cycles, and the rules
/// (<c>src/SipPpid/Rules</c>) and <c>Infrastructure</c> depend on no feature. A constant is copied into its user
/// by the compiler, so a reference to nothing but a constant is not seen.
/// </summary>
public sealed class FeatureDependencyTests(ITestOutputHelper output)
{
    private const string Features = "SipPpid.Features.";

    [Fact]
    public void Feature_folders_form_no_cycle()
    {
        var graph = Graph();
        var features = graph.Where(e => IsFeature(e.Key.From) && IsFeature(e.Key.To)).ToDictionary();
        output.WriteLine(Describe(features));
        var cycles = StronglyConnected(features.Keys).Where(c => c.Count > 1).ToList();
        Assert.True(cycles.Count == 0, "Feature folders depend on each other in a cycle:\n"
            + string.Join("\n", cycles.Select(c => Cycle(c, features))));
    }

    [Fact]
    public void Rules_and_infrastructure_depend_on_no_feature()
    {
        var wrong = Graph().Where(e => e.Key.From is "Rules" or "Infrastructure" && IsFeature(e.Key.To)).ToList();
        Assert.True(wrong.Count == 0, "Rules and Infrastructure must not use a feature:\n"
            + string.Join("\n", wrong.Select(e => $"{e.Key.From} → {e.Key.To}: {string.Join(", ", e.Value.Take(5))}")));
    }

    private static bool IsFeature(string area) => area is not ("Rules" or "Infrastructure");

    private static string Describe(Dictionary<(string From, string To), SortedSet<string>> edges)
    {
        var text = new StringBuilder();
        foreach (var from in edges.Keys.GroupBy(e => e.From).OrderBy(g => g.Key, StringComparer.Ordinal))
            text.Append(from.Key).Append(" → ").AppendJoin(", ", from.Select(e => e.To).Order(StringComparer.Ordinal)).AppendLine();
        return text.ToString();
    }

    /// <summary>One cycle through the component, each step with the references that make it.</summary>
    private static string Cycle(List<string> component, Dictionary<(string From, string To), SortedSet<string>> edges)
    {
        var start = component.Min(StringComparer.Ordinal)!;
        var previous = new Dictionary<string, string>();
        var queue = new Queue<string>([start]);
        while (queue.Count > 0 && !previous.ContainsKey(start))
        {
            var at = queue.Dequeue();
            foreach (var next in edges.Keys.Where(e => e.From == at && component.Contains(e.To)).Select(e => e.To).Order(StringComparer.Ordinal))
            {
                if (previous.TryAdd(next, at)) queue.Enqueue(next);
            }
        }

        var path = new List<string> { start };
        for (var at = previous[start]; at != start; at = previous[at]) path.Insert(0, at);
        path.Insert(0, start);
        var steps = path.Zip(path.Skip(1), (a, b) => $"  {a} → {b} ({string.Join(", ", edges[(a, b)].Take(3))})");
        return $"[{string.Join(", ", component.Order(StringComparer.Ordinal))}]: {string.Join(" → ", path)}\n{string.Join("\n", steps)}";
    }

    private static List<List<string>> StronglyConnected(IEnumerable<(string From, string To)> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToList());
        var nodes = next.Keys.Concat(next.Values.SelectMany(v => v)).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var result = new List<List<string>>();
        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            foreach (var w in next.GetValueOrDefault(v, []))
            {
                if (index.TryGetValue(w, out var seen))
                {
                    if (stack.Contains(w)) low[v] = Math.Min(low[v], seen);
                }
                else
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
            }

            if (low[v] != index[v]) return;
            var component = new List<string>();
            string popped;
            do component.Add(popped = stack.Pop());
            while (popped != v);
            result.Add(component);
        }

        foreach (var node in nodes.Where(n => !index.ContainsKey(n))) Visit(node);
        return result;
    }

    /// <summary>Area → area, with the "type → type" references behind each edge.</summary>
    private static Dictionary<(string From, string To), SortedSet<string>> Graph()
    {
        var edges = new Dictionary<(string, string), SortedSet<string>>();
        foreach (var type in typeof(AppHost).Assembly.GetTypes())
        {
            var owner = Outermost(type);
            var from = Area(owner);
            if (from is null) continue;
            foreach (var used in References(type))
            {
                var target = Outermost(used);
                var to = Area(target);
                if (to is null || to == from) continue;
                if (!edges.TryGetValue((from, to), out var why)) edges[(from, to)] = why = new SortedSet<string>(StringComparer.Ordinal);
                why.Add($"{Short(owner)} uses {Short(target)}");
            }
        }

        return edges;
    }

    private static string Short(Type t) => t.FullName!.Replace(Features, "", StringComparison.Ordinal)
        .Replace("AspNetCoreGeneratedDocument.", "", StringComparison.Ordinal);

    private static Type Outermost(Type t)
    {
        if (t.IsGenericParameter) return t;
        if (t.IsConstructedGenericType) t = t.GetGenericTypeDefinition();
        while (t.DeclaringType is not null) t = t.DeclaringType;
        return t;
    }

    /// <summary>The feature folder of a type (its namespace, or for a compiled view its path), Rules, Infrastructure, or null.</summary>
    private static string? Area(Type t)
    {
        if (t.IsGenericParameter || t.Assembly != typeof(AppHost).Assembly) return null;
        var ns = t.Namespace ?? "";
        if (ns.StartsWith(Features, StringComparison.Ordinal)) return ns[Features.Length..].Split('.')[0];
        // Views compile to AspNetCoreGeneratedDocument.Features_<Area>_<Page>.
        if (ns == "AspNetCoreGeneratedDocument" && t.Name.StartsWith("Features_", StringComparison.Ordinal))
            return t.Name["Features_".Length..].Split('_')[0] is { Length: > 0 } area ? area : null;
        if (ns == "SipPpid.Rules" || ns.StartsWith("SipPpid.Rules.", StringComparison.Ordinal)) return "Rules";
        if (ns.StartsWith("SipPpid.Infrastructure", StringComparison.Ordinal)) return "Infrastructure";
        return null;
    }

    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic
                                          | BindingFlags.Instance | BindingFlags.Static;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private static HashSet<Type> References(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null || !found.Add(t)) return;
            if (t.HasElementType) Add(t.GetElementType());
            if (t.IsConstructedGenericType)
                foreach (var a in t.GetGenericArguments()) Add(a);
        }

        void Attributes(IEnumerable<CustomAttributeData> attributes)
        {
            foreach (var a in attributes)
            {
                Add(a.AttributeType);
                foreach (var arg in a.ConstructorArguments.Concat(a.NamedArguments.Select(n => n.TypedValue)))
                    if (arg.Value is Type t) Add(t);
            }
        }

        Add(type.BaseType);
        foreach (var i in type.GetInterfaces()) Add(i);
        Attributes(type.CustomAttributes);
        foreach (var f in type.GetFields(Declared))
        {
            Add(f.FieldType);
            Attributes(f.CustomAttributes);
        }

        foreach (var p in type.GetProperties(Declared))
        {
            Add(p.PropertyType);
            Attributes(p.CustomAttributes);
        }

        foreach (var m in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            Attributes(m.CustomAttributes);
            if (m is MethodInfo mi) Add(mi.ReturnType);
            foreach (var p in m.GetParameters())
            {
                Add(p.ParameterType);
                Attributes(p.CustomAttributes);
            }

            var body = m.GetMethodBody();
            if (body is null) continue;
            foreach (var local in body.LocalVariables) Add(local.LocalType);
            foreach (var member in Tokens(m, body.GetILAsByteArray() ?? []))
            {
                switch (member)
                {
                    case Type t:
                        Add(t);
                        break;
                    case MethodBase called:
                        Add(called.DeclaringType);
                        if (called.IsGenericMethod)
                            foreach (var a in called.GetGenericArguments()) Add(a);
                        break;
                    case FieldInfo field:
                        Add(field.DeclaringType);
                        break;
                }
            }
        }

        return found;
    }

    /// <summary>The types, methods and fields a method body names (its call, field, type and ldtoken operands).</summary>
    private static IEnumerable<MemberInfo> Tokens(MethodBase method, byte[] il)
    {
        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            short value = il[at++];
            if (value == 0xFE) value = unchecked((short)(0xFE00 | il[at++]));
            if (!OpCodesByValue.TryGetValue(value, out var op)) yield break;
            switch (op.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, at);
                    at += 4;
                    MemberInfo? member;
                    try
                    {
                        member = method.Module.ResolveMember(token, typeArgs, methodArgs);
                    }
                    catch (Exception ex) when (ex is ArgumentException or TypeLoadException or FileNotFoundException or BadImageFormatException)
                    {
                        member = null;
                    }

                    if (member is not null) yield return member;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    at += 8;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                default:
                    at += 4;
                    break;
            }
        }
    }
}
