using System.Globalization;
using System.Text;
using Kgen.Generator.Documents;
using Kgen.Generator.Plan;
using Newtonsoft.Json.Linq;

namespace Kgen.Generator.Targets.CloudFormation;

/// <summary>
/// How user data is shipped in a template: the script itself under <c>Fn::Base64</c> while it fits EC2's limit
/// (readable in review), else gzipped here (CloudFormation cannot gzip at deploy time) as literal base64, which
/// cloud-init unpacks. Each launch template's choice is noted in the template's metadata.
/// </summary>
internal static class UserDataEncoding
{
    public static JToken Encode(StackBuilder s, string id, TextDocument userData)
    {
        var script = DocumentRenderer.Render(userData, s.Templates);
        var raw = Encoding.UTF8.GetBytes(script);
        if (raw.Length <= CloudFormationRenderer.UserDataLimit)
        {
            s.UserDataNote(id, $"Fn::Base64 of the {raw.Length.ToString(CultureInfo.InvariantCulture)}-byte script");
            return new JObject { ["Fn::Base64"] = script };
        }

        var gzipped = DeterministicGzip.Compress(raw);
        s.UserDataNote(id, $"gzip of the {raw.Length.ToString(CultureInfo.InvariantCulture)}-byte script (over EC2's {CloudFormationRenderer.UserDataLimit.ToString(CultureInfo.InvariantCulture)} bytes raw), " +
            $"{gzipped.Length.ToString(CultureInfo.InvariantCulture)} bytes, as literal base64; cloud-init unpacks it");
        return Convert.ToBase64String(gzipped);
    }
}
