using System;
using System.Security.Cryptography;
using System.Text;
using CorporateWebsite.Domain.Accounts;

namespace CorporateWebsite.Web.Infrastructure
{
    /// <summary>Builds the URL of the profile picture shown next to a signed-in user's name.</summary>
    public static class AvatarUrls
    {
        public static string For(UserAccount account)
        {
            // Deliberate mistake (PRIV002): this helper reads the account's e-mail address, but no [ProcessingPurpose] is in force here.
            var normalized = account.Email.Trim().ToLowerInvariant();
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
            return "https://www.gravatar.com/avatar/" + hash + "?d=identicon";
        }
    }
}
