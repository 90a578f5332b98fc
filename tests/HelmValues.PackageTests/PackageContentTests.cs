using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using HelmValues.Testing;

namespace HelmValues.PackageTests;

/// <summary>
/// What the packed <c>.nupkg</c> holds: the library (portable, and ReadyToRun for Linux x64), the generator and its YamlDotNet, the build files, the
/// README and the licences; nothing else.
/// </summary>
public class PackageContentTests
{
    [Test]
    public void The_package_holds_lib_analyzers_buildTransitive_the_readme_and_the_licences_and_nothing_else()
    {
        using var package = ZipFile.OpenRead(PackedPackage.Nupkg);

        var files = package.Entries.Select(e => e.FullName).Where(name => !IsNuGetMetadata(name)).Order(StringComparer.Ordinal);

        files.ShouldBe([
            "LICENSE",
            "LICENSE.YamlDotNet.txt",
            "LICENSE.agent-stack-k8s.txt",
            "LICENSE.external-secrets.txt",
            "README.md",
            "THIRD-PARTY-NOTICES.md",
            "analyzers/dotnet/cs/HelmValues.Generators.dll",
            "analyzers/dotnet/cs/YamlDotNet.dll",
            "buildTransitive/HelmValues.props",
            "buildTransitive/HelmValues.targets",
            "buildTransitive/kubernetes-v1.35.0.definitions.json",
            "lib/net10.0/HelmValues.dll",
            "lib/net10.0/HelmValues.xml",
            "lib/net8.0/HelmValues.dll",
            "lib/net8.0/HelmValues.xml",
            "runtimes/linux-x64/lib/net10.0/HelmValues.dll",
        ]);
    }

    [Test]
    public void The_linux_x64_library_is_ready_to_run_code_for_linux_x64_and_this_runtime_with_the_portable_one_s_identity()
    {
        using var package = ZipFile.OpenRead(PackedPackage.Nupkg);
        using var portable = new PEReader([.. Bytes(package.GetEntry("lib/net10.0/HelmValues.dll")!)]);
        using var linux = new PEReader([.. Bytes(package.GetEntry("runtimes/linux-x64/lib/net10.0/HelmValues.dll")!)]);
        using var coreLib = new PEReader(File.OpenRead(typeof(object).Assembly.Location), PEStreamOptions.PrefetchEntireImage);

        portable.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size.ShouldBe(0);
        // ReadyToRun marks the target OS in the machine field: x64 (0x8664) XOR Linux (0x7B79).
        ((int)linux.PEHeaders.CoffHeader.Machine).ShouldBe(0x8664 ^ 0x7B79);
        // A runtime uses only the ReadyToRun code of its own format version (.NET 10 ignores .NET 8's): the framework's.
        ReadyToRunMajorVersion(linux).ShouldBe(ReadyToRunMajorVersion(coreLib));
        linux
            .GetMetadataReader()
            .GetAssemblyDefinition()
            .GetAssemblyName()
            .FullName.ShouldBe(portable.GetMetadataReader().GetAssemblyDefinition().GetAssemblyName().FullName);
    }

    [Test]
    public void The_linux_x64_library_inlines_other_assemblies_methods_only_behind_checks_that_fall_back_to_the_jit()
    {
        using var package = ZipFile.OpenRead(PackedPackage.Nupkg);
        using var linux = new PEReader([.. Bytes(package.GetEntry("runtimes/linux-x64/lib/net10.0/HelmValues.dll")!)]);

        var fixups = ReadyToRunFixupKinds(linux);

        // Check_IL_Body: an inlined method of another assembly, with its IL as compiled. Where the loaded assembly's IL differs,
        // the runtime ignores the precompiled code of the methods that inlined it and JIT-compiles them.
        fixups.GetValueOrDefault(CheckIlBody).ShouldBeGreaterThan(100);
        // Verify_IL_Body would end the process on such a difference instead.
        fixups.GetValueOrDefault(VerifyIlBody).ShouldBe(0);
    }

    private const int CheckIlBody = 0x35;
    private const int VerifyIlBody = 0x36;

    // READYTORUN_SECTION_IMPORT_SECTIONS: the section that lists the import sections.
    private const int ImportSectionsSection = 101;

    // The ReadyToRun header (READYTORUN_HEADER), read past its signature "RTR": the format's major and minor version, the
    // flags, the number of sections, then each section's type, address and size.
    private static BlobReader ReadyToRunHeader(PEReader image)
    {
        var header = image.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory;
        header.Size.ShouldBeGreaterThan(0, "a ReadyToRun header");
        var reader = image.GetSectionData(header.RelativeVirtualAddress).GetReader();
        reader.ReadUInt32().ShouldBe(0x00525452u, "the ReadyToRun signature");
        return reader;
    }

    private static int ReadyToRunMajorVersion(PEReader image) => ReadyToRunHeader(image).ReadUInt16();

    // How many fixups of each kind the image's import sections hold (READYTORUN_IMPORT_SECTION, 20 bytes each: the cells'
    // address and size, flags, type, a cell's size, then the address of the cells' signatures, one address per cell). A
    // signature starts with its fixup kind; 0x80 on it says a module override follows.
    private static Dictionary<int, int> ReadyToRunFixupKinds(PEReader image)
    {
        var (sections, size) = ReadyToRunSection(image, ImportSectionsSection);
        var reader = image.GetSectionData(sections).GetReader();
        var kinds = new Dictionary<int, int>();
        for (var section = 0; section < size / 20; section++)
        {
            reader.ReadInt32();
            var cellsSize = reader.ReadInt32();
            reader.ReadUInt16();
            reader.ReadByte();
            var cellSize = reader.ReadByte();
            var signatures = reader.ReadInt32();
            reader.ReadInt32();
            if (signatures == 0)
            {
                continue;
            }

            cellSize.ShouldBeGreaterThan((byte)0, $"the cell size of import section {section}, which has signatures");

            var addresses = image.GetSectionData(signatures).GetReader();
            for (var cell = 0; cell < cellsSize / cellSize; cell++)
            {
                var kind = image.GetSectionData(addresses.ReadInt32()).GetReader().ReadByte() & 0x7F;
                kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            }
        }

        return kinds;
    }

    // The address and size of the ReadyToRun header's section of type `type`.
    private static (int Address, int Size) ReadyToRunSection(PEReader image, int type)
    {
        var reader = ReadyToRunHeader(image);
        reader.ReadUInt16();
        reader.ReadUInt16();
        reader.ReadUInt32();
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var (sectionType, address, size) = (reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
            if (sectionType == type)
            {
                return (address, size);
            }
        }

        throw new InvalidDataException($"no ReadyToRun section {type}");
    }

    [Test]
    public void The_nuspec_declares_the_version_readme_licence_and_only_the_runtime_dependencies()
    {
        var nuspec = ReadNuspec().Root!;
        // NuGet picks the schema version (the namespace) from the features the package uses.
        var ns = nuspec.Name.Namespace;
        var metadata = nuspec.Element(ns + "metadata")!;

        metadata.Element(ns + "id")!.Value.ShouldBe("HelmValues");
        metadata.Element(ns + "version")!.Value.ShouldBe(PackedPackage.Version);
        metadata.Element(ns + "readme")!.Value.ShouldBe("README.md");
        metadata.Element(ns + "license")!.Value.ShouldBe("MIT");
        var groups = metadata.Element(ns + "dependencies")!.Elements(ns + "group").ToList();
        groups.Select(g => g.Attribute("targetFramework")!.Value).ShouldBe(["net8.0", "net10.0"], ignoreOrder: true);
        foreach (var group in groups)
        {
            group
                .Elements(ns + "dependency")
                .Select(d => d.Attribute("id")!.Value)
                .Order(StringComparer.Ordinal)
                .ShouldBe(["KubernetesClient", "YamlDotNet"]);
        }
    }

    [Test]
    public void The_packed_files_are_the_ones_in_the_repository()
    {
        using var package = ZipFile.OpenRead(PackedPackage.Nupkg);

        foreach (
            var (entry, source) in new[]
            {
                ("README.md", Repository.PathOf("README.md")),
                ("LICENSE", Repository.PathOf("LICENSE")),
                ("THIRD-PARTY-NOTICES.md", Repository.PathOf("src", "HelmValues", "Schemas", "THIRD-PARTY-NOTICES.md")),
                ("LICENSE.agent-stack-k8s.txt", Repository.PathOf("src", "HelmValues", "Schemas", "LICENSE.agent-stack-k8s.txt")),
                ("LICENSE.external-secrets.txt", Repository.PathOf("src", "HelmValues", "Schemas", "LICENSE.external-secrets.txt")),
                ("buildTransitive/HelmValues.props", Repository.PathOf("src", "HelmValues", "buildTransitive", "HelmValues.props")),
                ("buildTransitive/HelmValues.targets", Repository.PathOf("src", "HelmValues", "buildTransitive", "HelmValues.targets")),
                (
                    "buildTransitive/kubernetes-v1.35.0.definitions.json",
                    Repository.PathOf("src", "HelmValues", "Schemas", "kubernetes-v1.35.0.definitions.json")
                ),
            }
        )
        {
            Bytes(package.GetEntry(entry).ShouldNotBeNull(entry)).ShouldBe(File.ReadAllBytes(source), entry);
        }
    }

    [Test]
    public void Every_entry_carries_the_same_fixed_timestamp_so_repacking_gives_the_same_bytes()
    {
        using var package = ZipFile.OpenRead(PackedPackage.Nupkg);

        package.Entries.Select(e => e.LastWriteTime.DateTime).Distinct().ShouldBe([new DateTime(2026, 1, 1, 0, 0, 0)]);
    }

    private static XDocument ReadNuspec()
    {
        using var package = ZipFile.OpenRead(PackedPackage.Nupkg);
        using var stream = package.GetEntry("HelmValues.nuspec").ShouldNotBeNull().Open();
        return XDocument.Load(stream);
    }

    // What NuGet itself writes into every package (OPC parts and the nuspec).
    private static bool IsNuGetMetadata(string name) =>
        name is "HelmValues.nuspec" or "[Content_Types].xml" or "_rels/.rels"
        || name.StartsWith("package/services/metadata/core-properties/", StringComparison.Ordinal);

    private static byte[] Bytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
