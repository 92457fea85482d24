export { notify, notifyMany, deleteNotificationsFor } from "./notify";
export { listNotifications, unreadCount, getNotification, markRead, markAllRead, markEntityRead, resolveNotifications } from "./inbox";
export { notificationKinds, notificationKindSchema, notificationKindLabels, type NotificationKind } from "./kinds";
export { listNotificationsQuery, notificationSchema, notifyInputSchema, type NotificationView, type NotifyInput, type ListNotificationsQuery } from "./schemas";
