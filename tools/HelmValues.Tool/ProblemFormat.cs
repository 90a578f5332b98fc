namespace HelmValues.Tool;

/// <summary>How <c>lint</c> prints problems.</summary>
internal enum ProblemFormat
{
    /// <summary><c>file(line,col): error CODE: path: message</c>, the form editors and compilers use.</summary>
    Text,

    /// <summary>GitHub Actions workflow commands (<c>::error file=…,line=…::…</c>), which become annotations on the diff.</summary>
    Github,

    /// <summary>One JSON document, for other tools.</summary>
    Json,
}
