using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hemit.Governance.Data;

/// <summary>Names a table's columns in snake_case (NoticeIssuedOn → notice_issued_on), as every table of the platform is named.</summary>
internal static class SnakeCaseColumns
{
    public static void Apply<T>(EntityTypeBuilder<T> entity) where T : class
    {
        foreach (var property in entity.Metadata.GetProperties())
        {
            if (property.Name != "Version")
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
        }
    }

    public static string SnakeCase(string name)
    {
        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
