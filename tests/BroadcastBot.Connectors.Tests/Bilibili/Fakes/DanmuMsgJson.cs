using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BroadcastBot.Connectors.Tests.Bilibili.Fakes;

/// <summary>
/// DANMU_MSG bodies in the shape the live server sends (field table of shared spec §2.5): info[0] with 17
/// entries including the extra JSON-in-a-string and the user object, user array, fan medal, level, title,
/// check object, wealth level, plus a dm_v2 blob.
/// </summary>
public static class DanmuMsgJson
{
    // The server sends Chinese as raw UTF-8, not \u escapes.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Create(
        long uid,
        string userName,
        string text,
        long sentAtMilliseconds,
        string? idStr,
        string? ct = "E2A5F1C7",
        string cmd = "DANMU_MSG")
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("cmd", cmd);
            w.WriteString("dm_v2", "CiQ4ZTA3ZjY0Y2YzNTQ3ZTRkNzU0MjY2NjVlYjI5NWQ4ODI2EAEYGSD///8HKghlMWM0OTNkZDI" +
                "CaGlAkLHDq7szSKmn1v4BWgB6AIIBAJoBEAoIRTJBNUYxQzcQl/K3qga6AQCCAhA=");
            w.WriteStartArray("info");

            w.WriteStartArray();
            w.WriteNumberValue(0);
            w.WriteNumberValue(1);
            w.WriteNumberValue(25);
            w.WriteNumberValue(16777215);
            w.WriteNumberValue(sentAtMilliseconds);
            w.WriteNumberValue(1_761_238_432);
            w.WriteNumberValue(0);
            w.WriteStringValue("e1c493dd");
            w.WriteNumberValue(0);
            w.WriteNumberValue(0);
            w.WriteNumberValue(0);
            w.WriteStringValue(string.Empty);
            w.WriteNumberValue(0);
            w.WriteStringValue("{}");
            w.WriteStringValue("{}");
            w.WriteStartObject();
            w.WriteNumber("mode", 0);
            w.WriteNumber("show_player_type", 0);
            w.WriteString("extra", Extra(text, idStr));
            WriteUser(w, uid, userName);
            w.WriteEndObject();
            w.WriteStartObject();
            w.WriteString("activity_identity", string.Empty);
            w.WriteNumber("activity_source", 0);
            w.WriteNumber("not_show", 0);
            w.WriteEndObject();
            w.WriteNumberValue(0);
            w.WriteEndArray();

            w.WriteStringValue(text);

            w.WriteStartArray();
            w.WriteNumberValue(uid);
            w.WriteStringValue(userName);
            w.WriteNumberValue(0);
            w.WriteNumberValue(0);
            w.WriteNumberValue(0);
            w.WriteNumberValue(10000);
            w.WriteNumberValue(1);
            w.WriteStringValue(string.Empty);
            w.WriteEndArray();

            w.WriteRawValue("[21,\"招聘团\",\"西青人社\",21452505,1725515,\"\",0,1725515,1725515,5414290,0,1,3546563]");
            w.WriteRawValue("[0,0,9868950,\">50000\",0]");
            w.WriteRawValue("[\"\",\"\"]");
            w.WriteNumberValue(0);
            w.WriteNumberValue(0);
            w.WriteNullValue();
            w.WriteStartObject();
            w.WriteNumber("ts", sentAtMilliseconds / 1000);
            if (ct is not null)
            {
                w.WriteString("ct", ct);
            }

            w.WriteEndObject();
            w.WriteNumberValue(0);
            w.WriteNumberValue(0);
            w.WriteNullValue();
            w.WriteNullValue();
            w.WriteNumberValue(0);
            w.WriteNumberValue(210);
            w.WriteRawValue("[5]");
            w.WriteNullValue();

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Extra(string text, string? idStr)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteBoolean("send_from_me", false);
            w.WriteBoolean("master_player_hidden", false);
            w.WriteNumber("mode", 0);
            w.WriteNumber("color", 16777215);
            w.WriteNumber("dm_type", 0);
            w.WriteNumber("font_size", 25);
            w.WriteNumber("player_mode", 1);
            w.WriteNumber("show_player_type", 0);
            w.WriteString("content", text);
            w.WriteString("user_hash", "3788215261");
            w.WriteString("emoticon_unique", string.Empty);
            w.WriteNumber("bulge_display", 0);
            w.WriteNumber("recommend_score", 5);
            w.WriteString("main_state_dm_color", string.Empty);
            w.WriteString("objective_state_dm_color", string.Empty);
            w.WriteNumber("direction", 0);
            w.WriteNumber("pk_direction", 0);
            w.WriteNumber("quartet_direction", 0);
            w.WriteNumber("anniversary_crowd", 0);
            w.WriteString("yeah_space_type", string.Empty);
            w.WriteString("yeah_space_url", string.Empty);
            w.WriteString("jump_to_url", string.Empty);
            w.WriteString("space_type", string.Empty);
            w.WriteString("space_url", string.Empty);
            w.WriteStartObject("animation");
            w.WriteEndObject();
            w.WriteNull("emots");
            w.WriteBoolean("is_audited", false);
            if (idStr is not null)
            {
                w.WriteString("id_str", idStr);
            }

            w.WriteNull("icon");
            w.WriteBoolean("show_reply", true);
            w.WriteNumber("reply_mid", 0);
            w.WriteString("reply_uname", string.Empty);
            w.WriteString("reply_uname_color", string.Empty);
            w.WriteBoolean("reply_is_mystery", false);
            w.WriteNumber("reply_type_enum", 0);
            w.WriteNumber("hit_combo", 0);
            w.WriteString("esports_jump_url", string.Empty);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteUser(Utf8JsonWriter w, long uid, string userName)
    {
        w.WriteStartObject("user");
        w.WriteNumber("uid", uid);
        w.WriteStartObject("base");
        w.WriteString("name", userName);
        w.WriteString("face", "https://i0.hdslb.com/bfs/face/member/noface.jpg");
        w.WriteNumber("name_color", 0);
        w.WriteBoolean("is_mystery", false);
        w.WriteNull("risk_ctrl_info");
        w.WriteStartObject("origin_info");
        w.WriteString("name", userName);
        w.WriteString("face", "https://i0.hdslb.com/bfs/face/member/noface.jpg");
        w.WriteEndObject();
        w.WriteStartObject("official_info");
        w.WriteNumber("role", 0);
        w.WriteString("title", string.Empty);
        w.WriteString("desc", string.Empty);
        w.WriteNumber("type", -1);
        w.WriteEndObject();
        w.WriteString("name_color_str", string.Empty);
        w.WriteEndObject();
        w.WriteNull("medal");
        w.WriteNull("wealth");
        w.WriteStartObject("title");
        w.WriteString("old_title_css_id", string.Empty);
        w.WriteString("title_css_id", string.Empty);
        w.WriteEndObject();
        w.WriteNull("guard");
        w.WriteNull("uhead_frame");
        w.WriteStartObject("guard_leader");
        w.WriteBoolean("is_guard_leader", false);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
