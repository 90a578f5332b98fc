using HelmValues.Testing;

namespace HelmValues.Tests.ExternalSecrets;

/// <summary>
/// The generator's External Secrets inputs are derived from the vendored CRDs, never edited by hand: this test is the converter.
/// <c>HELMVALUES_UPDATE_EXPECTED=1</c> rewrites them.
/// </summary>
public class CustomResourceSchemaTests
{
    public static IEnumerable<TestCaseData> Crds =>
        CustomResourceDefinitions.All.Select(c => new TestCaseData(c).SetArgDisplayNames(c.Derived));

    [TestCaseSource(nameof(Crds))]
    public void The_bundled_schema_is_the_crd_openapi_schema_as_derived(CustomResourceDefinitions.Crd crd)
    {
        ExpectedFiles.VerifyFile(CustomResourceDefinitions.DerivedPath(crd), CustomResourceDefinitions.Derive(crd));
    }

    [TestCaseSource(nameof(Crds))]
    public void Deriving_twice_gives_the_same_bytes(CustomResourceDefinitions.Crd crd)
    {
        CustomResourceDefinitions.Derive(crd).ShouldBe(CustomResourceDefinitions.Derive(crd));
    }
}
