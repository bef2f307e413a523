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
import type { Locale } from "./locales";

export type Messages = typeof en & typeof enCenter & typeof enCommerce & typeof enCheckout & typeof enAdmin & typeof enCenterCourses & typeof enCenterTeaching & typeof enCenterStudents & typeof enCenterOverview & typeof enCenterNotifications & typeof enCenterSettings & typeof enNotify & typeof enNotificationPrefs & typeof enTelegram & typeof enTelegramGroups & typeof enMessenger & typeof enOutboxAdmin & typeof enPolicies & typeof enDeleteAccount & typeof enDataExport & typeof enRetention & typeof enPlatformAdmin;

// Feature catalogues (one namespace each) are merged into the base one.
const ALL: Record<Locale, Messages> = {
  en: { ...en, ...enCenter, ...enCommerce, ...enCheckout, ...enAdmin, ...enCenterCourses, ...enCenterTeaching, ...enCenterStudents, ...enCenterOverview, ...enCenterNotifications, ...enCenterSettings, ...enNotify, ...enNotificationPrefs, ...enTelegram, ...enTelegramGroups, ...enMessenger, ...enOutboxAdmin, ...enPolicies, ...enDeleteAccount, ...enDataExport, ...enRetention, ...enPlatformAdmin },
  my: { ...my, ...myCenter, ...myCommerce, ...myCheckout, ...myAdmin, ...myCenterCourses, ...myCenterTeaching, ...myCenterStudents, ...myCenterOverview, ...myCenterNotifications, ...myCenterSettings, ...myNotify, ...myNotificationPrefs, ...myTelegram, ...myTelegramGroups, ...myMessenger, ...myOutboxAdmin, ...myPolicies, ...myDeleteAccount, ...myDataExport, ...myRetention, ...myPlatformAdmin },
};

export function messagesFor(locale: Locale): Messages {
  return ALL[locale];
}
