using System.Reflection;
using FluentAssertions;
using HostageReports.Claims;
using HostageReports.Lexicons;
using HostageReports.Rules.Counts;
using HostageReports.Rules.Numbers;

namespace HostageReports.Tests.Counts;

public class PeoplePhraseResetTests
{
    [Fact]
    public void Reset_EveryPropertySet_ReturnsThePhraseToNew()
    {
        var used = new PeoplePhrase();
        foreach (var property in Properties())
        {
            if (property.CanWrite)
            {
                property.SetValue(used, NonDefault(property.PropertyType));
            }
            else
            {
                property.PropertyType.Should().Be<List<string>>($"{property.Name} is read-only: Reset must clear it");
                ((List<string>)property.GetValue(used)!).Add("NO");
            }
        }

        used.Reset(3);

        var fresh = new PeoplePhrase { Start = 3, End = 3 };
        foreach (var property in Properties())
        {
            property.GetValue(used).Should().BeEquivalentTo(property.GetValue(fresh), $"Reset must clear {property.Name}");
        }
    }

    [Fact]
    public void TryRead_ReusedPhrase_ReadsLikeAFreshOne()
    {
        const string body = "Three French workers and he were killed.";
        var tokens = new List<HostageReports.Annotation.Token>();
        HostageReports.Annotation.Tokenizer.Tokenize(body, 0, body.Length, tokens);
        var reused = new PeoplePhrase();
        for (int i = 0; i < tokens.Count; i++)
        {
            bool fresh = PeopleParser.TryRead(body, tokens.ToArray(), i, out var expected);
            PeopleParser.TryRead(body, tokens.ToArray(), i, reused).Should().Be(fresh);
            if (fresh)
            {
                reused.Should().BeEquivalentTo(expected, $"token {i}");
            }
        }
    }

    private static PropertyInfo[] Properties() =>
        typeof(PeoplePhrase).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    private static object NonDefault(Type type)
    {
        if (type == typeof(bool))
        {
            return true;
        }

        if (type == typeof(int))
        {
            return 7;
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).Cast<object>().Last();
        }

        if (type == typeof(Population))
        {
            return Population.Foreign;
        }

        if (type == typeof(QuantityPhrase))
        {
            return new QuantityPhrase(1, 2, Qualifier.AtLeast, 5, 5, QuantityForm.Vague);
        }

        throw new InvalidOperationException($"Add a non-default value for {type} to this test.");
    }
}
