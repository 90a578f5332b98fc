using System.Collections.Generic;
using HelmValues.Validation;

namespace HelmValues.Yaml;

/// <summary>The result of <see cref="YamlDocumentReader.Read(string, string?)"/>.</summary>
/// <param name="Root">The root node; null when the text could not be parsed at all.</param>
/// <param name="Problems">Every problem found, in document order.</param>
internal sealed record YamlDocument(YamlSourceNode? Root, IReadOnlyList<ValidationError> Problems);
