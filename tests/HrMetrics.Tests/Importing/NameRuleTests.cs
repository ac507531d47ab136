using Hemit.BuildingBlocks.Naming;

namespace Hemit.HrMetrics.Tests.Importing;

/// <summary>The platform's one rule for names from Norwegian sources: letters of any language in, personal data out.</summary>
public sealed class NameRuleTests
{
    [Theory]
    [InlineData("Brukerstøtte")]
    [InlineData("Drift og infrastruktur")]
    [InlineData("U-DRIFT-3")]
    [InlineData("Økonomi, HR & innkjøp")]
    [InlineData("Prehospitale tjenester (Ny AMK)")]
    [InlineData("Sámi giellaguovddáš")]
    [InlineData("Avd. 2/3 – Sør-Trøndelag")]
    public void Names_as_Norwegian_sources_write_them_are_accepted(string name)
    {
        Assert.Null(NameRule.Problem(name, "unit", "Brukerstøtte"));
    }

    [Theory]
    [InlineData("01019012345", "'***********' looks like personal data")]
    [InlineData("010190 12345", "'************' looks like personal data")]
    [InlineData("010190.12345", "'************' looks like personal data")]
    [InlineData("010190-12345", "'************' looks like personal data")]
    [InlineData("Kontakt ola@hemit.no", "'Kontakt ***@***' looks like personal data")]
    [InlineData("Brukerst\uFFFDtte", "a character lost in a wrong text encoding")]
    [InlineData("Drift\tog drift", "a control or layout character (U+0009)")]
    [InlineData(" Drift", "spaces at its start or end")]
    [InlineData("Drift  og infrastruktur", "two in a row")]
    [InlineData("<script>", "'<' (U+003C)")]
    [InlineData("", "missing; give the unit's name, e.g. Brukerstøtte")]
    public void What_looks_personal_or_garbled_is_refused_with_the_value_masked(string name, string reason)
    {
        var problem = NameRule.Problem(name, "unit", "Brukerstøtte");

        Assert.NotNull(problem);
        Assert.Contains(reason, problem);
        Assert.DoesNotContain("12345", problem);
        Assert.DoesNotContain("ola@", problem);
    }

    [Fact]
    public void Ten_or_twelve_digits_are_not_an_identity_number()
    {
        Assert.Null(NameRule.Problem("Prosjekt 0101901234", "unit", "Brukerstøtte"));
        Assert.Null(NameRule.Problem("Ordre 010190123456", "unit", "Brukerstøtte"));
    }

    [Fact]
    public void A_name_longer_than_allowed_is_refused_with_its_length()
    {
        Assert.Equal("is 65 characters long; a unit name has at most 64", NameRule.Problem(new string('a', 65), "unit", "Brukerstøtte", 64));
    }
}
