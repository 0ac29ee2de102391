/** In-memory inbox and notifier, for unit tests of the reminder scan (no AWS). */
import type { Notification, NotificationInbox, Notifier, Recipient } from './ports.js';

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
