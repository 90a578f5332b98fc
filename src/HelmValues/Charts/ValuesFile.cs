using System;
using System.IO;

namespace HelmValues.Charts;

/// <summary>One values file given to Helm with <c>-f</c>: its name, for error messages, and its text.</summary>
/// <param name="Name">The name errors show for this file, such as <c>values/prod.yaml</c>.</param>
/// <param name="Yaml">The text of the file.</param>
/// <example>
/// <code>
/// // helm upgrade -f values.yaml -f values/prod.yaml
/// var result = AgentStackK8sValues.Load(ValuesFile.Read("values.yaml"), ValuesFile.Read("values/prod.yaml"));
/// </code>
/// </example>
public sealed record ValuesFile(string Name, string Yaml)
{
    /// <summary>The name errors show for this file.</summary>
    public string Name { get; } = Name ?? throw new ArgumentNullException(nameof(Name));

    /// <summary>The text of the file.</summary>
    public string Yaml { get; } = Yaml ?? throw new ArgumentNullException(nameof(Yaml));

    /// <summary>Reads a file as UTF-8; errors name it by <paramref name="path"/> as given.</summary>
    /// <param name="path">The file's path.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ValuesFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new ValuesFile(path, File.ReadAllText(path));
    }
}
