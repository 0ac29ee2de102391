/** In-memory inbox, outbox and notifier, for unit tests of the reminder scan (no AWS). */
import type { Notification, NotificationInbox, NotificationOutbox, Notifier, Recipient } from './ports.js';

const inboxKey = (r: Recipient) => (r.kind === 'department' ? `${r.jurisdiction}#${r.departmentId}` : `${r.jurisdiction}#BUREAU`);

export class InMemoryInbox implements NotificationInbox {
  readonly items = new Map<string, Notification>();
  /** What the store's transaction does with new notifications (fails when one exists). */
  add(ns: readonly Notification[]): boolean {
    if (ns.some((n) => this.items.has(`${inboxKey(n.recipient)}#${n.id}`))) return false;
    for (const n of ns) this.items.set(`${inboxKey(n.recipient)}#${n.id}`, structuredClone(n));
    return true;
  }
  async list(r: Recipient, limit: number) {
    const mine = [...this.items.entries()].filter(([k]) => k.startsWith(`${inboxKey(r)}#`)).map(([, n]) => n);
    mine.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
    return { items: mine.slice(0, limit).map((n) => structuredClone(n)), unreadCount: mine.filter((n) => !n.readAt).length };
  }
  async markRead(r: Recipient, id: string, at: string) {
    const n = this.items.get(`${inboxKey(r)}#${id}`);
    if (!n) return undefined;
    n.readAt ??= at;
    return structuredClone(n);
  }
}

export class InMemoryNotifier implements Notifier {
  readonly published: Notification[] = [];
  async publish(n: Notification) {
    this.published.push(n);
  }
}

export class InMemoryOutbox implements NotificationOutbox {
  readonly items = new Map<string, Notification>();
  /** What the store's transaction does beside the inbox items. */
  add(ns: readonly Notification[]) {
    for (const n of ns) this.items.set(`${n.createdAt}#${n.id}`, structuredClone(n));
  }
  async pending(limit: number) {
    return [...this.items.keys()].sort().slice(0, limit).map((k) => structuredClone(this.items.get(k)!));
  }
  async delivered(n: Notification) {
    this.items.delete(`${n.createdAt}#${n.id}`);
  }
}
