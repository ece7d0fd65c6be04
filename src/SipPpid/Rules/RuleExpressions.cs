using System.Linq.Expressions;

namespace SipPpid.Rules;

/// <summary>
/// How the rules are composed: a rule is one lambda; another rule (or a query) uses it by putting its body in place
/// with its parameters replaced (by an entity's column, or by a value the database receives as a query parameter).
/// </summary>
public static class RuleExpressions
{
    /// <summary>The body of <paramref name="rule"/> with its parameters replaced by <paramref name="args"/>, in order.</summary>
    public static Expression Inline(LambdaExpression rule, params Expression[] args)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length != rule.Parameters.Count) throw new ArgumentException($"The rule takes {rule.Parameters.Count} arguments.", nameof(args));
        return new Replace(rule.Parameters, args).Visit(rule.Body);
    }

    /// <summary>A value for a query: a captured variable, so EF Core sends it as a parameter (one cached plan for every value).</summary>
    public static Expression Value<T>(T value) => Expression.Property(Expression.Constant(new Box<T>(value)), nameof(Box<T>.Value));

    /// <summary>A predicate over <typeparamref name="T"/> whose body is <paramref name="body"/> built on <paramref name="parameter"/>.</summary>
    public static Expression<Func<T, bool>> Predicate<T>(ParameterExpression parameter, Expression body) => Expression.Lambda<Func<T, bool>>(body, parameter);

    /// <summary>Both predicates (same entity), as one.</summary>
    public static Expression<Func<T, bool>> And<T>(this Expression<Func<T, bool>> left, Expression<Func<T, bool>> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var p = left.Parameters[0];
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(left.Body, Inline(right, p)), p);
    }

    private sealed class Box<T>(T value)
    {
        public T Value { get; } = value;
    }

    private sealed class Replace(IReadOnlyList<ParameterExpression> from, IReadOnlyList<Expression> to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node)
        {
            for (var i = 0; i < from.Count; i++)
                if (node == from[i]) return to[i];
            return base.VisitParameter(node);
        }
    }
}
