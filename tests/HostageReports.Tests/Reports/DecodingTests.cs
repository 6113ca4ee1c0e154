using System.Text;
using FluentAssertions;
using HostageReports.Reports;

namespace HostageReports.Tests.Reports;

public class DecodingTests
{
    private const string Story = "GOTHAM, Ore. \u2014 Three people were killed at a caf\u00E9, police said.";

    public static TheoryData<string, byte[], string?> Encodings => new()
    {
        { "utf-8", Encoding.UTF8.GetBytes(Story), null },
        { "utf-8 with bom", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Story)], null },
        { "utf-16 le with bom", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Story)], "UTF-16" },
        { "utf-16 be with bom", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Story)], "UTF-16" },
        { "utf-16 le without bom", Encoding.Unicode.GetBytes(Story), "UTF-16" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void ReadBytes_Encoding_GivesTheSameBody(string name, byte[] bytes, string? warning)
    {
        var result = ReportReader.ReadBytes(name, bytes);

        result.Succeeded.Should().BeTrue();
        result.Report!.Body.Should().Be(Story);
        result.Report.Metadata.Dateline.Should().Be("GOTHAM, Ore.");
        if (warning is null)
        {
            result.Warnings.Should().BeEmpty();
        }
        else
        {
            result.Warnings.Should().ContainSingle(w => w.Contains(warning, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(new byte[] { 0x53, 0x61, 0x6F, 0x20, 0x4A, 0x6F, 0x73, 0xE9, 0x20, 0x63, 0x61, 0x66, 0xE9, 0x2E }, "Sao Jos\u00E9 caf\u00E9.")]
    [InlineData(new byte[] { 0x93, 0x66, 0x6F, 0x75, 0x72, 0x94, 0x20, 0x96, 0x20, 0x74, 0x77, 0x6F, 0x2E }, "\u201Cfour\u201D \u2013 two.")]
    public void ReadBytes_Latin1OrWindows1252_IsReadAsWindows1252(byte[] bytes, string expected)
    {
        var result = ReportReader.ReadBytes("latin", bytes);

        result.Report!.Body.Should().Be(expected);
        result.Warnings.Should().ContainSingle(w => w.Contains("Windows-1252", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadBytes_MostlyUtf8WithABadByte_KeepsTheUtf8AndReplacesTheByte()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("\u201CFive\u201D were hurt \u2014 \u201Cthree\u201D badly \u2014 at the caf\u00E9 "), 0xFF, .. Encoding.UTF8.GetBytes(" today.")];

        var result = ReportReader.ReadBytes("r", bytes);

        result.Report!.Body.Should().Be("\u201CFive\u201D were hurt \u2014 \u201Cthree\u201D badly \u2014 at the caf\u00E9 \uFFFD today.");
        result.Warnings.Should().ContainSingle(w => w.Contains("U+FFFD", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("six people had been wounded \u00e2 two Britons", "six people had been wounded \u2013 two Britons")]
    [InlineData("the group\u00e2\u20ac\u2122s leader", "the group\u2019s leader")]
    [InlineData("allowed to move around \u00e2\u00a6 unlike", "allowed to move around \u2026 unlike")]
    [InlineData("\u00e2\u20ac\u0153no one\u00e2\u20ac\u009d was hurt", "\u201Cno one\u201D was hurt")]
    [InlineData("in S\u00c3\u00a3o Paulo", "in S\u00e3o Paulo")]
    [InlineData("plain text stays", "plain text stays")]
    [InlineData("French p\u00e2te and cr\u00e8me stay", "French p\u00e2te and cr\u00e8me stay")]
    public void Parse_Mojibake_IsRepaired(string text, string expected)
    {
        ReportReader.Parse("r", text).Report!.Body.Should().Be(expected);
    }

    [Theory]
    [InlineData("Two were hurt.\r\nOne died.\rThe end.", "Two were hurt.\nOne died.\nThe end.")]
    [InlineData("Two\u0007 were hurt.\u000C One died.", "Two  were hurt.\n One died.")]
    [InlineData("\uFEFFTwo were hurt.", "Two were hurt.")]
    [InlineData("Two were hurt.\u2028One died.\u2029The end.\u0085Done.", "Two were hurt.\nOne died.\nThe end.\nDone.")]
    public void Parse_LineEndsAndControls_AreNormalisedOneForOne(string text, string expected)
    {
        ReportReader.Parse("r", text).Report!.Body.Should().Be(expected);
    }

    [Theory]
    [InlineData(new byte[] { 0x00, 0x01, 0x02, 0x03, 0xFF, 0xFE, 0x00, 0x00, 0x10, 0x20, 0x00, 0x7F })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 })]
    [InlineData(new byte[] { 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x41, 0x0E, 0x0F, 0x10, 0x11 })]
    public void ReadBytes_BinaryData_IsABinaryError(byte[] bytes)
    {
        var result = ReportReader.ReadBytes("blob", bytes);

        result.Error!.Kind.Should().Be(ReportErrorKind.Binary);
        result.Error.Message.Should().Contain("blob").And.Contain("binary");
    }
}
