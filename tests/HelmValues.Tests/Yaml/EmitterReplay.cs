using HelmValues.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HelmValues.Tests.Yaml;

/// <summary>
/// The oracle of <see cref="YamlWriter"/>'s text: replays test documents as events into YamlDotNet's <see cref="Emitter"/>,
/// with the settings the writer was built on before it wrote text itself (2-space indent, indented sequences, no width
/// limit, LF, keys up to 1024 characters implicit) and the styles <see cref="ScalarStyleChooser"/> picks.
/// </summary>
internal static class EmitterReplay
{
    private static readonly EmitterSettings Settings = new EmitterSettings()
        .WithBestIndent(2)
        .WithBestWidth(int.MaxValue)
        .WithMaxSimpleKeyLength(1024)
        .WithNewLine("\n")
        .WithIndentedSequences();

    /// <summary>What the emitter writes for <paramref name="documents"/>, one document each.</summary>
    public static string Emit(IEnumerable<TestNode> documents)
    {
        var text = new StringWriter();
        var emitter = new Emitter(text, Settings);
        emitter.Emit(new StreamStart());
        foreach (var document in documents)
        {
            emitter.Emit(new DocumentStart(null, null, isImplicit: true));
            Emit(emitter, document);
            emitter.Emit(new DocumentEnd(isImplicit: true));
        }

        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void Emit(Emitter emitter, TestNode node)
    {
        switch (node)
        {
            case TestString s:
                emitter.Emit(Scalar(s.Value, ScalarStyleChooser.ForValue(s.Value)));
                break;
            case TestPlain p:
                emitter.Emit(Scalar(p.Text, ScalarStyle.Plain));
                break;
            case TestMapping m:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
                foreach (var (key, value) in m.Entries)
                {
                    emitter.Emit(Scalar(key, ScalarStyleChooser.ForKey(key)));
                    Emit(emitter, value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case TestSequence l:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));
                foreach (var item in l.Items)
                {
                    Emit(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
        }
    }

    private static Scalar Scalar(string text, ScalarStyle style) =>
        new(AnchorName.Empty, TagName.Empty, text, style, isPlainImplicit: true, isQuotedImplicit: true);
}
