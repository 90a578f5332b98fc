namespace HelmValues.Stack;

/// <summary>
/// A ServiceAccount or Secret that already exists in the cluster (or comes from an external secret store), so the
/// stack references it without writing it.
/// </summary>
/// <param name="Kind"><c>Secret</c> or <c>ServiceAccount</c>.</param>
/// <param name="Name">Its name in the stack's namespace.</param>
/// <param name="CreateCommand">How to create it, values elided (<c>kubectl create secret generic …</c>), if known.</param>
public sealed record ExistingObject(string Kind, string Name, string? CreateCommand = null);
