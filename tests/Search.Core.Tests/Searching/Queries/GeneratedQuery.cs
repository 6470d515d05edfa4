using Search.Core.Searching.Queries;

namespace Search.Core.Tests.Searching.Queries;

/// <summary>
/// A query made by <see cref="QueryGenerator"/>: its intended structure, independent of the parser, rendered to text.
/// <see cref="Intended"/> evaluates the structure by the documented semantics (NOT is the complement, AND the
/// intersection, OR the union; side by side all parts are required unless one has '+', then only the '+' parts and
/// the negations decide).
/// </summary>
internal abstract record GeneratedQuery
{
    public abstract string Text { get; }

    public abstract HashSet<string>? Intended(ModelEvaluator model);

    /// <summary>A word, phrase, pattern, field value or date: evaluated as the parser reads it alone.</summary>
    public sealed record Leaf(string Value) : GeneratedQuery
    {
        public override string Text => Value;

        public override HashSet<string>? Intended(ModelEvaluator model) => QueryParser.Parse(Value).Root is { } root ? model.Evaluate(root) : null;
    }

    public sealed record Not(GeneratedQuery Inner, string Operator) : GeneratedQuery
    {
        public override string Text => Operator is "-" or "!" ? Operator + Inner.Text : Operator + " " + Inner.Text;

        public override HashSet<string>? Intended(ModelEvaluator model) => model.Boolean([(ClauseOccur.MustNot, Inner.Intended(model))]);
    }

    public sealed record Required(GeneratedQuery Inner) : GeneratedQuery
    {
        public override string Text => "+" + Inner.Text;

        public override HashSet<string>? Intended(ModelEvaluator model) => Inner.Intended(model);
    }

    public sealed record Group(GeneratedQuery Inner, bool Spaced) : GeneratedQuery
    {
        public override string Text => Spaced ? "( " + Inner.Text + " )" : "(" + Inner.Text + ")";

        public override HashSet<string>? Intended(ModelEvaluator model) => Inner.Intended(model);
    }

    /// <summary>Operands joined by AND-like (<c>AND</c>, <c>UND</c>, <c>&amp;&amp;</c>) or OR-like operators.</summary>
    public sealed record Binary(bool IsOr, IReadOnlyList<GeneratedQuery> Operands, IReadOnlyList<string> Operators) : GeneratedQuery
    {
        public override string Text => Operands[0].Text + string.Concat(Operators.Select((op, i) => " " + op + " " + Operands[i + 1].Text));

        public override HashSet<string>? Intended(ModelEvaluator model) =>
            model.Boolean(Operands.Select(o => (IsOr ? ClauseOccur.Should : ClauseOccur.Must, o.Intended(model))));
    }

    /// <summary>Parts side by side.</summary>
    public sealed record Sequence(IReadOnlyList<GeneratedQuery> Parts) : GeneratedQuery
    {
        public override string Text => string.Join(' ', Parts.Select(p => p.Text));

        public override HashSet<string>? Intended(ModelEvaluator model)
        {
            var anyRequired = Parts.Any(p => p is Required);
            return model.Boolean(Parts.Select(p => p switch
            {
                Required => (ClauseOccur.Must, p.Intended(model)),

                // A negated negation is an unmarked part.
                Not { Inner: Not twice } => (anyRequired ? ClauseOccur.Should : ClauseOccur.Must, twice.Inner.Intended(model)),
                Not not => (ClauseOccur.MustNot, not.Inner.Intended(model)),
                _ => (anyRequired ? ClauseOccur.Should : ClauseOccur.Must, p.Intended(model)),
            }));
        }
    }
}
