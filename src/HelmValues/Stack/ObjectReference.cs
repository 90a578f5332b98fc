using HelmValues.Validation;

namespace HelmValues.Stack;

/// <summary>A place where the stack names a ServiceAccount or Secret that must exist.</summary>
/// <param name="Kind"><c>Secret</c> or <c>ServiceAccount</c>.</param>
/// <param name="Name">The name referenced.</param>
/// <param name="Path">Where: <c>config.pod-spec-patch.imagePullSecrets[0].name</c>.</param>
internal sealed record ObjectReference(string Kind, string Name, ValuePath Path);
