using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace HelmValues.Validation;

/// <summary>
/// Collects every problem of a validation, each at the path of the value it concerns. Generated <c>Validate</c>
/// methods and hand-written rules both report here, so all problems come out at once.
/// </summary>
public sealed class ValidationContext
{
    private readonly List<ValidationError> _problems = new();

    // The path stack of a context the library is done with (Finish), for the next context on the thread: with its arrays,
    // most of what a context allocates, and every stack's validation makes two.
    [ThreadStatic]
    private static PathStack? _sparePath;

    // The path is built only when something reads it (a problem, mostly): see PathStack.
    private readonly PathStack _path;

    /// <summary>Starts at the document root.</summary>
    public ValidationContext()
        : this(ValuePath.Root) { }

    /// <summary>Starts at <paramref name="root"/>: problems are reported below that path.</summary>
    /// <param name="root">The path of the value being validated.</param>
    public ValidationContext(ValuePath root)
    {
        ArgumentNullException.ThrowIfNull(root);
        // Taken, not shared: a context made while another is open gets a stack of its own.
        var spare = _sparePath;
        _sparePath = null;
        _path = spare is null ? new PathStack(root) : spare.Restart(root);
    }

    /// <summary>The path of the value being checked now.</summary>
    public ValuePath Path => _path.ToValuePath();

    /// <summary>Every problem so far.</summary>
    public IReadOnlyList<ValidationError> Problems => _problems;

    /// <summary>An error about the value at <see cref="Path"/>.</summary>
    /// <param name="message">The rule, in one sentence.</param>
    public void AddError(string message) => AddError(Path, message);

    /// <summary>An error about the value at <paramref name="path"/>.</summary>
    /// <param name="path">Where the value is.</param>
    /// <param name="message">The rule, in one sentence.</param>
    public void AddError(ValuePath path, string message) => Add(path, message, ValidationSeverity.Error);

    /// <summary>A warning about the value at <paramref name="path"/>.</summary>
    /// <param name="path">Where the value is.</param>
    /// <param name="message">What looks wrong, in one sentence.</param>
    public void AddWarning(ValuePath path, string message) => Add(path, message, ValidationSeverity.Warning);

    /// <summary>Runs <paramref name="validate"/> on a property's value, when it is set, with the path moved to that key.</summary>
    /// <typeparam name="T">The property's type.</typeparam>
    /// <param name="key">The YAML key.</param>
    /// <param name="value">The value, or null when unset.</param>
    /// <param name="validate">The checks.</param>
    public void ValidateProperty<T>(string key, T? value, Action<ValidationContext, T> validate)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(validate);
        if (value is not null)
        {
            _path.Push(key);
            In(value, validate);
        }
    }

    /// <summary>Runs <paramref name="validate"/> on a property's value, when it is set, with the path moved to that key.</summary>
    /// <typeparam name="T">The property's type.</typeparam>
    /// <param name="key">The YAML key.</param>
    /// <param name="value">The value, or null when unset.</param>
    /// <param name="validate">The checks.</param>
    public void ValidateValueProperty<T>(string key, T? value, Action<ValidationContext, T> validate)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(validate);
        if (value is { } set)
        {
            _path.Push(key);
            In(set, validate);
        }
    }

    /// <summary>Runs <paramref name="validate"/> on each item, with the path moved to <c>[index]</c>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="validate">The checks for one item.</param>
    public void ValidateItems<T>(IReadOnlyList<T> items, Action<ValidationContext, T> validate)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(validate);
        for (var i = 0; i < items.Count; i++)
        {
            _path.Push(i);
            In(items[i], validate);
        }
    }

    /// <summary>Runs <paramref name="validate"/> on each value, in ordinal key order, with the path moved to its key.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="entries">The entries, or null.</param>
    /// <param name="validate">The checks for one value.</param>
    public void ValidateEntries<T>(IReadOnlyDictionary<string, T>? entries, Action<ValidationContext, T> validate)
    {
        ArgumentNullException.ThrowIfNull(validate);
        if (entries is null)
        {
            return;
        }

        foreach (var entry in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            _path.Push(entry.Key);
            In(entry.Value, validate);
        }
    }

    /// <summary>Reports a missing required key.</summary>
    /// <param name="key">The YAML key.</param>
    /// <param name="isSet">Whether it has a value.</param>
    public void CheckRequired(string key, bool isSet)
    {
        if (!isSet)
        {
            AddError(Path.Key(key), "is required");
        }
    }

    /// <summary>Warns when a key that should usually stay unset (deprecated, reserved) is set.</summary>
    /// <param name="key">The YAML key.</param>
    /// <param name="isSet">Whether it has a value.</param>
    /// <param name="message">Why it should stay unset.</param>
    public void WarnIfSet(string key, bool isSet, string message)
    {
        if (isSet)
        {
            AddWarning(Path.Key(key), message);
        }
    }

    /// <summary>Checks a number against the schema's bounds.</summary>
    /// <param name="value">The number.</param>
    /// <param name="minimum">Inclusive lower bound.</param>
    /// <param name="maximum">Inclusive upper bound.</param>
    /// <param name="exclusiveMinimum">Exclusive lower bound.</param>
    /// <param name="exclusiveMaximum">Exclusive upper bound.</param>
    public void CheckRange(
        double value,
        double? minimum = null,
        double? maximum = null,
        double? exclusiveMinimum = null,
        double? exclusiveMaximum = null
    )
    {
        if (value < minimum)
        {
            AddError($"must be at least {Format(minimum.Value)} (is {Format(value)})");
        }

        if (value > maximum)
        {
            AddError($"must be at most {Format(maximum.Value)} (is {Format(value)})");
        }

        if (value <= exclusiveMinimum)
        {
            AddError($"must be greater than {Format(exclusiveMinimum.Value)} (is {Format(value)})");
        }

        if (value >= exclusiveMaximum)
        {
            AddError($"must be less than {Format(exclusiveMaximum.Value)} (is {Format(value)})");
        }
    }

    /// <summary>Checks a string's length in Unicode code points, as JSON Schema counts it.</summary>
    /// <param name="value">The string.</param>
    /// <param name="minLength">The shortest allowed.</param>
    /// <param name="maxLength">The longest allowed.</param>
    public void CheckLength(string value, int? minLength, int? maxLength)
    {
        ArgumentNullException.ThrowIfNull(value);
        var length = CodePoints(value);
        if (length < minLength)
        {
            AddError(minLength == 1 ? "must not be empty" : $"must be at least {minLength} characters long (is {length})");
        }

        if (length > maxLength)
        {
            AddError($"must be at most {maxLength} characters long (is {length})");
        }
    }

    /// <summary>Checks a string against the schema's pattern (found anywhere in the string, as JSON Schema does).</summary>
    /// <param name="value">The string.</param>
    /// <param name="pattern">The pattern.</param>
    public void CheckPattern(string value, Regex pattern)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(pattern);
        if (!pattern.IsMatch(value))
        {
            AddError($"must match the pattern {pattern} (is \"{value}\")");
        }
    }

    /// <summary>Checks the number of items of a list.</summary>
    /// <param name="count">How many items there are.</param>
    /// <param name="minItems">The fewest allowed.</param>
    /// <param name="maxItems">The most allowed.</param>
    public void CheckCount(int count, int? minItems, int? maxItems)
    {
        if (count < minItems)
        {
            AddError($"must have at least {minItems} item{(minItems == 1 ? "" : "s")} (has {count})");
        }

        if (count > maxItems)
        {
            AddError($"must have at most {maxItems} item{(maxItems == 1 ? "" : "s")} (has {count})");
        }
    }

    /// <summary>Reports a map that has all of <paramref name="keys"/> (<c>not: {required: [...]}</c>).</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="map">The map.</param>
    /// <param name="keys">Keys that may not all be present.</param>
    public void CheckForbiddenKeys<T>(IReadOnlyDictionary<string, T> map, params string[] keys)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(keys);
        CheckNotAllSet(keys, keys.Select(map.ContainsKey).ToArray());
    }

    /// <summary>Reports when every one of <paramref name="keys"/> is present.</summary>
    /// <param name="keys">The keys.</param>
    /// <param name="present">Whether each key is present.</param>
    public void CheckNotAllSet(string[] keys, bool[] present)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(present);
        if (present.All(p => p))
        {
            AddError(
                keys.Length == 1
                    ? $"must not contain the key '{keys[0]}' (reserved by the chart)"
                    : $"must not contain all of the keys {string.Join(", ", keys.Select(k => $"'{k}'"))}"
            );
        }
    }

    /// <summary>Checks that a string is a Kubernetes resource quantity (100m, 1.5Gi, 2).</summary>
    /// <param name="value">The text.</param>
    public void CheckQuantity(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!Quantities.TryParse(value, out _, out var error))
        {
            AddError(error!);
        }
    }

    /// <summary>Checks that a string or number is a Kubernetes resource quantity.</summary>
    /// <param name="value">The value.</param>
    public void CheckQuantity(StringOrNumber value) => CheckQuantity(value.ToString());

    /// <summary>All problems so far, as a result.</summary>
    public ValidationResult ToResult() => new(_problems.ToArray());

    /// <summary>
    /// The problems, when the library's own validation is done with this context: its path stack goes to the next context
    /// made on this thread, so this one must not be used after.
    /// </summary>
    internal List<ValidationError> Finish()
    {
        if (_path.IsReusable)
        {
            _sparePath = _path;
        }

        return _problems;
    }

    /// <summary>Adds a problem found elsewhere (a nested document's validation), as it is.</summary>
    internal void Add(ValidationError problem) => _problems.Add(problem);

    /// <summary>
    /// Checks the value under <paramref name="key"/> with <paramref name="validate"/>, which gets
    /// <paramref name="state"/>: a static lambda and its state instead of a closure allocated per value.
    /// </summary>
    internal void ValidateProperty<T, TState>(string key, T value, TState state, Action<ValidationContext, T, TState> validate)
    {
        _path.Push(key);
        In(value, state, validate);
    }

    /// <summary>
    /// Checks the value under <paramref name="key"/> with <paramref name="check"/>, and gives back what it returns: what the
    /// check read, for a caller that needs it again.
    /// </summary>
    internal TResult CheckProperty<T, TResult>(string key, T value, Func<ValidationContext, T, TResult> check)
    {
        _path.Push(key);
        try
        {
            return check(this, value);
        }
        finally
        {
            _path.Pop();
        }
    }

    /// <summary>Checks the item at <paramref name="index"/>, as <see cref="ValidateProperty{T, TState}"/> does a key.</summary>
    internal void ValidateItem<T, TState>(int index, T value, TState state, Action<ValidationContext, T, TState> validate)
    {
        _path.Push(index);
        In(value, state, validate);
    }

    // Checks a value whose path segment was just pushed, and pops it.
    private void In<T>(T value, Action<ValidationContext, T> validate)
    {
        try
        {
            validate(this, value);
        }
        finally
        {
            _path.Pop();
        }
    }

    private void In<T, TState>(T value, TState state, Action<ValidationContext, T, TState> validate)
    {
        try
        {
            validate(this, value, state);
        }
        finally
        {
            _path.Pop();
        }
    }

    private void Add(ValuePath path, string message, ValidationSeverity severity)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(message);
        _problems.Add(new ValidationError(path.ToString(), message, severity));
    }

    private static int CodePoints(string value)
    {
        var count = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (!char.IsLowSurrogate(value[i]))
            {
                count++;
            }
        }

        return count;
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
