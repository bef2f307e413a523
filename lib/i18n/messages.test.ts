import { describe, expect, it } from "vitest";
import en from "./messages/en.json";
import my from "./messages/my.json";
import enCenter from "./messages/en-center.json";
import myCenter from "./messages/my-center.json";
import enCommerce from "./messages/en-commerce.json";
import myCommerce from "./messages/my-commerce.json";
import enCheckout from "./messages/en-checkout.json";
import myCheckout from "./messages/my-checkout.json";
import enAdmin from "./messages/en-admin.json";
import myAdmin from "./messages/my-admin.json";
import enCenterCourses from "./messages/en-center-courses.json";
import myCenterCourses from "./messages/my-center-courses.json";
import enCenterTeaching from "./messages/en-center-teaching.json";
import myCenterTeaching from "./messages/my-center-teaching.json";
import enCenterStudents from "./messages/en-center-students.json";
import myCenterStudents from "./messages/my-center-students.json";
import enCenterOverview from "./messages/en-center-overview.json";
import myCenterOverview from "./messages/my-center-overview.json";
import enCenterNotifications from "./messages/en-center-notifications.json";
import myCenterNotifications from "./messages/my-center-notifications.json";
import enCenterSettings from "./messages/en-center-settings.json";
import myCenterSettings from "./messages/my-center-settings.json";
import enNotify from "./messages/en-notify.json";
import myNotify from "./messages/my-notify.json";
import enNotificationPrefs from "./messages/en-notification-prefs.json";
import myNotificationPrefs from "./messages/my-notification-prefs.json";
import enTelegram from "./messages/en-telegram.json";
import myTelegram from "./messages/my-telegram.json";
import enTelegramGroups from "./messages/en-telegram-groups.json";
import myTelegramGroups from "./messages/my-telegram-groups.json";
import enMessenger from "./messages/en-messenger.json";
import myMessenger from "./messages/my-messenger.json";
import enOutboxAdmin from "./messages/en-outbox-admin.json";
import myOutboxAdmin from "./messages/my-outbox-admin.json";
import enPolicies from "./messages/en-policies.json";
import myPolicies from "./messages/my-policies.json";
import enDeleteAccount from "./messages/en-delete-account.json";
import myDeleteAccount from "./messages/my-delete-account.json";
import enDataExport from "./messages/en-data-export.json";
import myDataExport from "./messages/my-data-export.json";
import enRetention from "./messages/en-retention.json";
import myRetention from "./messages/my-retention.json";
import enPlatformAdmin from "./messages/en-platform-admin.json";
import myPlatformAdmin from "./messages/my-platform-admin.json";
import { messagesFor } from "./messages";
import { ERROR_STATUS } from "@/lib/http/errors";

function leaves(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of leaves(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  }
  return out;
}

describe("messages", () => {
  const enLeaves = leaves(en);
  const myLeaves = leaves(my);

  it("has the same keys in English and Burmese", () => {
    expect([...myLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });
  it("has no empty message", () => {
    for (const [key, text] of [...enLeaves, ...myLeaves]) expect(text.trim(), key).not.toBe("");
  });
  it("writes the Burmese messages in Burmese script", () => {
    const burmese = [...myLeaves.entries()].filter(([key]) => !key.startsWith("language.") && key !== "footer.company");
    const withoutScript = burmese.filter(([, text]) => !/[\u1000-\u109F]/.test(text)).map(([key]) => key);
    expect(withoutScript).toEqual([]);
  });
  it("translates every API error code", () => {
    for (const code of Object.keys(ERROR_STATUS)) {
      expect(enLeaves.has(`apiErrors.${code}`), code).toBe(true);
      expect(myLeaves.has(`apiErrors.${code}`), code).toBe(true);
    }
  });

  describe("feature catalogues", () => {
    const catalogues = [
      { name: "center", en: enCenter, my: myCenter },
      { name: "commerce", en: enCommerce, my: myCommerce },
      { name: "checkout", en: enCheckout, my: myCheckout },
      { name: "admin", en: enAdmin, my: myAdmin },
      { name: "center-courses", en: enCenterCourses, my: myCenterCourses },
      { name: "center-teaching", en: enCenterTeaching, my: myCenterTeaching },
      { name: "center-students", en: enCenterStudents, my: myCenterStudents },
      { name: "center-overview", en: enCenterOverview, my: myCenterOverview },
      { name: "center-notifications", en: enCenterNotifications, my: myCenterNotifications },
      { name: "center-settings", en: enCenterSettings, my: myCenterSettings },
      { name: "notify", en: enNotify, my: myNotify },
      { name: "notification-prefs", en: enNotificationPrefs, my: myNotificationPrefs },
      { name: "telegram", en: enTelegram, my: myTelegram },
      { name: "telegram-groups", en: enTelegramGroups, my: myTelegramGroups },
      { name: "messenger", en: enMessenger, my: myMessenger },
      { name: "outbox-admin", en: enOutboxAdmin, my: myOutboxAdmin },
      { name: "policies", en: enPolicies, my: myPolicies },
      { name: "delete-account", en: enDeleteAccount, my: myDeleteAccount },
      { name: "data-export", en: enDataExport, my: myDataExport },
      { name: "retention", en: enRetention, my: myRetention },
      { name: "platform-admin", en: enPlatformAdmin, my: myPlatformAdmin },
    ];
    for (const catalogue of catalogues) {
      it(`${catalogue.name}: same keys in English and Burmese, none empty, Burmese in Burmese script`, () => {
        const e = leaves(catalogue.en);
        const m = leaves(catalogue.my);
        expect([...m.keys()].sort()).toEqual([...e.keys()].sort());
        for (const [key, text] of [...e, ...m]) expect(text.trim(), key).not.toBe("");
        expect([...m.entries()].filter(([, text]) => !/[\u1000-\u109F]/.test(text)).map(([key]) => key)).toEqual([]);
      });
      it(`${catalogue.name}: adds its own namespaces only, and is served by messagesFor`, () => {
        for (const namespace of Object.keys(catalogue.en)) {
          expect(Object.keys(en), namespace).not.toContain(namespace);
          expect(messagesFor("en")).toHaveProperty(namespace, (catalogue.en as Record<string, unknown>)[namespace]);
          expect(messagesFor("my")).toHaveProperty(namespace, (catalogue.my as Record<string, unknown>)[namespace]);
        }
      });
    }
  });
});
