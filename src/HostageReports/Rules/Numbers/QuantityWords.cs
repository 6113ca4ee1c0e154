using HostageReports.Lexicons;

namespace HostageReports.Rules.Numbers;

/// <summary>The roles of quantity-words.tsv: the words the quantity reader tests by their place.</summary>
internal enum QuantityRole
{
    /// <summary>"a", "an": one, or the start of "a dozen", "a hundred", "a couple of".</summary>
    Article,

    /// <summary>The word after "a couple".</summary>
    Of,

    /// <summary>"half a dozen".</summary>
    Half,

    /// <summary>The article between "half" and "dozen" ("half a dozen"; not "an").</summary>
    HalfArticle,

    /// <summary>The multiplier that multiplies only a number under twelve: "two dozen".</summary>
    Dozen,

    /// <summary>A number word that alone is a noun, counted only after an article: "a pair of", "a single".</summary>
    Noun,
}

/// <summary>The words of each <see cref="QuantityRole"/>, read once from quantity-words.tsv.</summary>
internal static class QuantityWords
{
    private static readonly string[][] ByRole = Load();

    /// <summary>True when the word is one of the role's words, ignoring case.</summary>
    /// <param name="word">The word.</param>
    /// <param name="role">The role.</param>
    /// <returns>True when it is.</returns>
    public static bool Is(ReadOnlySpan<char> word, QuantityRole role)
    {
        foreach (var w in ByRole[(int)role])
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string[][] Load()
    {
        var roles = Enum.GetValues<QuantityRole>();
        var byRole = new string[roles.Length][];
        foreach (var row in LexiconFile.Read(LexiconFile.Prefix + "quantity-words.tsv", 2))
        {
            var role = LexiconFile.Class<QuantityRole>(row, 0);
            if (byRole[(int)role] is not null || row.Cells[1].Length == 0)
            {
                throw LexiconErrors.InRow(row.File, row.Line, row.Text, $"{role} must have one row with its words");
            }

            byRole[(int)role] = row.Cells[1];
        }

        foreach (var role in roles)
        {
            if (byRole[(int)role] is null)
            {
                throw LexiconErrors.InFile("quantity-words.tsv", $"no row for {role}");
            }
        }

        return byRole;
    }
}
