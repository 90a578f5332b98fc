using System.Collections.Generic;
using HelmValues.Validation;
using HelmValues.Yaml;

namespace HelmValues.Charts;

/// <summary>
/// Validates a <see cref="HelmJson"/> value against a compiled schema, with the verdict of Helm's validator
/// (santhosh-tekuri/jsonschema v6) and one violation per broken rule. One validation at a time per instance (it counts steps); instances are reused per thread.
/// </summary>
/// <remarks>
/// <para>
/// Keywords run in v6's order: <c>type</c>, <c>const</c> and <c>enum</c> first (a value of the wrong type gets that one
/// violation and nothing else), then references, the keywords of the value's type, the combinations, and last
/// <c>unevaluatedProperties</c>/<c>unevaluatedItems</c>, which need the annotations of everything before them.
/// </para>
/// <para>
/// Bounded on hostile schemas: a <c>$ref</c> cycle that does not move into the value (<c>{"$ref": "#"}</c>) is a
/// violation, as it is in v6 (which reports a ref cycle); nesting deeper than <see cref="MaxDepth"/> and more than
/// <see cref="MaxSteps"/> schema evaluations (schemas built to blow up exponentially) stop with a violation.
/// </para>
/// </remarks>
internal sealed partial class SchemaEvaluator
{
    /// <summary>The most schema evaluations one validation may take.</summary>
    public const long MaxSteps = 2_000_000;

    /// <summary>The deepest nesting of schema evaluations (values nest at most 100 deep; each level may take a few references).</summary>
    public const int MaxDepth = 1000;

    // One evaluator per thread is reused: its path and frame stacks were most of what validating clean values allocated.
    // Taken, not shared; one whose evaluation threw is dropped (its stacks may be left mid-walk).
    [System.ThreadStatic]
    private static SchemaEvaluator? _spare;

    private bool _trackEvaluated;
    private long _maxSteps;
    private SchemaMemo? _memo;
    private long _memoHits;

    // The deepest _depth at which Evaluate passed its bounds check since the innermost EvaluateChild that consults the
    // memo began: with _steps, what a memo entry records of the evaluation it stands for.
    private int _deepest;

    // Where in the value the evaluation is, and the (schema, value) pairs being evaluated, outermost first (the first
    // _depth of them), to find a $ref cycle: stacks, because the walk is depth-first, so that a value that breaks no
    // rule costs no path and no frame object.
    private readonly PathStack _path = new();
    private Frame[] _frames = new Frame[16];
    private long _steps;
    private int _depth;
    private bool _exhausted;

    /// <summary>Adds a violation for every rule of <paramref name="schema"/> that <paramref name="value"/> breaks.</summary>
    /// <param name="schema">The root schema.</param>
    /// <param name="value">The values, as Helm holds them.</param>
    /// <param name="trackEvaluated">True when the schema uses <c>unevaluated*</c>, so annotations must be collected.</param>
    /// <param name="violations">Where violations go.</param>
    /// <param name="maxSteps">The most schema evaluations allowed (tests lower it).</param>
    /// <param name="memo">The memo of the shared tree whose nodes <paramref name="value"/> may hold (a chart's defaults), if any.</param>
    public static void Validate(
        SchemaNode schema,
        HelmJson value,
        bool trackEvaluated,
        List<SchemaViolation> violations,
        long maxSteps = MaxSteps,
        SchemaMemo? memo = null
    )
    {
        var evaluator = _spare ?? new SchemaEvaluator();
        _spare = null;
        evaluator._trackEvaluated = trackEvaluated;
        evaluator._maxSteps = maxSteps;
        evaluator._memo = memo;
        evaluator._memoHits = 0;
        evaluator._steps = 0;
        evaluator._deepest = 0;
        evaluator._exhausted = false;
        evaluator.Evaluate(schema, value, violations, null, "$schema");
        if (evaluator._memoHits > 0)
        {
            memo!.CountHits(evaluator._memoHits);
        }

        evaluator._memo = null;
        if (evaluator._exhausted)
        {
            violations.Add(
                new SchemaViolation(
                    "",
                    value.Node,
                    "$schema",
                    $"could not be checked: the schema takes more than {maxSteps:N0} steps or nests more than {MaxDepth} deep to evaluate"
                )
            );
        }

        _spare = evaluator;
    }

    /// <summary>
    /// Evaluates <paramref name="schema"/> on <paramref name="value"/>: true when valid. Violations go to
    /// <paramref name="sink"/> when there is one (callers that only need the verdict pass null); when valid, the
    /// properties and items the schema evaluated are added to <paramref name="collect"/>.
    /// </summary>
    /// <remarks><c>via</c> is the keyword that applied this schema; it names a violation of a <c>false</c> schema.</remarks>
    private bool Evaluate(SchemaNode schema, HelmJson value, List<SchemaViolation>? sink, Evaluated? collect, string via)
    {
        // Helm cannot even load such a value; it was reported when the tree was read.
        if (value.Kind == HelmJsonKind.NotJson)
        {
            return true;
        }

        if (schema.BooleanValue is { } constant)
        {
            if (!constant)
            {
                Report(sink, value.Node, via, "is not allowed here: the schema at this place is false");
            }

            return constant;
        }

        if (_exhausted || ++_steps > _maxSteps || _depth >= MaxDepth)
        {
            _exhausted = true;
            return true;
        }

        if (_depth > _deepest)
        {
            _deepest = _depth;
        }

        // A cycle in the schema graph passes through a reference, so checking on entry through one suffices (and
        // keeps the walk off the common path).
        for (var f = via[0] == '$' ? _depth - 1 : -1; f >= 0 && ReferenceEquals(_frames[f].Value, value); f--)
        {
            if (ReferenceEquals(_frames[f].Schema, schema))
            {
                Report(
                    sink,
                    value.Node,
                    via,
                    $"could not be checked: the schema at {schema.Location} refers back to itself without moving into the value (a $ref cycle), which Helm reports as an error"
                );
                return false;
            }
        }

        if (_depth == _frames.Length)
        {
            System.Array.Resize(ref _frames, _depth * 2);
        }

        _frames[_depth++] = new Frame(schema, value);
        try
        {
            return EvaluateKeywords(schema, value, sink, collect);
        }
        finally
        {
            _depth--;
        }
    }

    private bool EvaluateKeywords(SchemaNode schema, HelmJson value, List<SchemaViolation>? sink, Evaluated? collect)
    {
        if (!TypeConstEnum(schema, value, sink))
        {
            return false;
        }

        var local =
            _trackEvaluated && (collect is not null || schema.HasUnevaluated) && value.Kind is HelmJsonKind.Object or HelmJsonKind.Array
                ? new Evaluated()
                : null;
        var valid = true;
        foreach (var (keyword, target) in schema.References)
        {
            valid &= Evaluate(target, value, sink, local, keyword);
        }

        valid &= value.Kind switch
        {
            HelmJsonKind.Object => EvaluateObject(schema, value, sink, local),
            HelmJsonKind.Array => EvaluateArray(schema, value, sink, local),
            HelmJsonKind.String => EvaluateString(schema, value, sink),
            HelmJsonKind.Number => EvaluateNumber(schema, value, sink),
            _ => true,
        };
        valid &= EvaluateCombinations(schema, value, sink, local);
        valid &= EvaluateUnevaluated(schema, value, sink, local);
        if (valid && collect is not null && local is not null)
        {
            collect.Add(local);
        }

        return valid;
    }

    // type, const and enum: a failure here is the only violation of this schema (as in v6, which returns at once).
    private bool TypeConstEnum(SchemaNode schema, HelmJson value, List<SchemaViolation>? sink)
    {
        if (schema.Types != SchemaTypes.None && !HasType(schema.Types, value))
        {
            Report(sink, value.Node, "type", $"must be {ViolationText.Types(schema.Types)} (is {ViolationText.Describe(value)})");
            return false;
        }

        if (schema.Const is { } expected && !JsonEquality.AreEqual(expected, value))
        {
            Report(sink, value.Node, "const", $"must be {ViolationText.Render(expected)} (is {ViolationText.Describe(value)})");
            return false;
        }

        if (schema.Enum is { } allowed && !IsOneOf(allowed, value))
        {
            Report(sink, value.Node, "enum", $"must be one of: {ViolationText.RenderList(allowed)} (is {ViolationText.Describe(value)})");
            return false;
        }

        return true;
    }

    // A loop, not Any(): a lambda capturing the value would allocate on every evaluation, enum or not.
    private static bool IsOneOf(HelmJson[] allowed, HelmJson value)
    {
        for (var i = 0; i < allowed.Length; i++)
        {
            if (JsonEquality.AreEqual(allowed[i], value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasType(SchemaTypes types, HelmJson value) =>
        value.Kind switch
        {
            HelmJsonKind.Null => (types & SchemaTypes.Null) != 0,
            HelmJsonKind.Boolean => (types & SchemaTypes.Boolean) != 0,
            HelmJsonKind.String => (types & SchemaTypes.String) != 0,
            HelmJsonKind.Array => (types & SchemaTypes.Array) != 0,
            HelmJsonKind.Object => (types & SchemaTypes.Object) != 0,
            // "integer" is an integral number, 1.0 included (v6 reads the number as a big.Rat).
            HelmJsonKind.Number => (types & SchemaTypes.Number) != 0 || ((types & SchemaTypes.Integer) != 0 && value.Number.IsInteger),
            _ => true,
        };

    private void Report(List<SchemaViolation>? sink, YamlSourceNode? node, string keyword, string message) =>
        sink?.Add(new SchemaViolation(_path.ToString(), node, keyword, message));

    // A violation of the value under `key`, such as a missing required key.
    private void ReportAt(List<SchemaViolation>? sink, string key, YamlSourceNode? node, string keyword, string message)
    {
        _path.Push(key);
        Report(sink, node, keyword, message);
        _path.Pop();
    }

    private void ReportAt(List<SchemaViolation>? sink, int index, YamlSourceNode? node, string keyword, string message)
    {
        _path.Push(index);
        Report(sink, node, keyword, message);
        _path.Pop();
    }

    // Evaluates the value under `key` of the current value.
    private bool EvaluateAt(string key, SchemaNode schema, HelmJson child, List<SchemaViolation>? sink, string via)
    {
        _path.Push(key);
        var valid = EvaluateChild(schema, child, sink, via);
        _path.Pop();
        return valid;
    }

    private bool EvaluateAt(int index, SchemaNode schema, HelmJson child, List<SchemaViolation>? sink, string via)
    {
        _path.Push(index);
        var valid = EvaluateChild(schema, child, sink, via);
        _path.Pop();
        return valid;
    }

    /// <summary>
    /// Evaluates <paramref name="child"/>, a property or item of the current value (the path is already at it), with no
    /// annotations to collect: through the memo when the child is a node of the shared tree the memo belongs to.
    /// </summary>
    /// <remarks>
    /// <para>A remembered "valid" is exactly what evaluating again would give, because nothing the evaluation of a child
    /// does depends on anything but the (schema, child) pair, the collecting of annotations, and the budget:</para>
    /// <list type="bullet">
    /// <item>The <c>$ref</c> cycle check walks down the frames that hold the same value. Here the frame below is the
    /// parent's, and no value is its own child (values are built bottom-up), so no walk inside the child's evaluation
    /// reaches a frame outside it.</item>
    /// <item>No annotations are collected for the caller (<c>collect</c> is null at every child), and whether the
    /// evaluation collects its own (<c>_trackEvaluated</c>) is part of the key. The schema node is too, so two schemas
    /// never share an entry.</item>
    /// <item>The violation sink does not change which subschemas run or what they conclude, only where reasons go, and the
    /// path only names violations: a valid evaluation reports none. Only valid evaluations are remembered.</item>
    /// <item>The budget: an evaluation that used up the steps or the depth is not remembered; a hit is taken only when
    /// the recorded steps fit in what is left and the recorded depth fits under <see cref="MaxDepth"/> from here, and it
    /// is charged those steps, so every later bound check, and the "could not be checked" verdict, comes out as it would
    /// have without the memo. Otherwise the child is evaluated as usual.</item>
    /// </list>
    /// <para>Pattern matching that times out (never in a remembered evaluation, which was valid) is the one thing that
    /// could answer differently a second time; the memo then keeps the checked answer.</para>
    /// </remarks>
    private bool EvaluateChild(SchemaNode schema, HelmJson child, List<SchemaViolation>? sink, string via)
    {
        // Boolean schemas take no step and have nothing worth remembering; an exhausted evaluation passes everything.
        if (_memo is not { } memo || child.MemoSlot == 0 || schema.BooleanValue is not null || _exhausted)
        {
            return Evaluate(schema, child, sink, null, via);
        }

        if (
            memo.TryGet(schema, child, _trackEvaluated, out var steps, out var depth)
            && _depth + depth < MaxDepth
            && _steps + steps <= _maxSteps
        )
        {
            _steps += steps;
            _deepest = System.Math.Max(_deepest, _depth + depth);
            _memoHits++;
            return true;
        }

        var startSteps = _steps;
        var outerDeepest = _deepest;
        var reported = sink?.Count ?? 0;
        _deepest = _depth;
        var valid = Evaluate(schema, child, sink, null, via);
        if (valid && !_exhausted && (sink?.Count ?? 0) == reported)
        {
            memo.Add(schema, child, _trackEvaluated, _steps - startSteps, _deepest - _depth);
        }

        _deepest = System.Math.Max(outerDeepest, _deepest);
        return valid;
    }

    // One (schema, value) pair being evaluated.
    private readonly record struct Frame(SchemaNode Schema, HelmJson Value);

    /// <summary>The properties and items a schema evaluated (JSON Schema's annotations, for <c>unevaluated*</c>).</summary>
    private sealed class Evaluated
    {
        public HashSet<string> Properties { get; } = new(System.StringComparer.Ordinal);

        public HashSet<int> Items { get; } = [];

        public bool AllItems { get; set; }

        public void Add(Evaluated other)
        {
            Properties.UnionWith(other.Properties);
            Items.UnionWith(other.Items);
            AllItems |= other.AllItems;
        }

        public bool HasItem(int index) => AllItems || Items.Contains(index);
    }
}
