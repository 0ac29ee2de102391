/**
 * A list read one server page at a time (the API's cursor paging): the first page shows as soon as it arrives,
 * whatever the library holds (issue 11's 10,000-project bench); 下一页 follows nextCursor, 上一页 goes back.
 */
import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Space } from 'antd';
import { prefetched, type Page } from './prefetch';

export type { Page };

export const PAGE_SIZE = 20;

/** `firstPageUrl`: the URL index.html prefetches for this list (its first page), when it does. */
export function useCursorPages<T>(key: readonly unknown[], fetchPage: (cursor: string | undefined) => Promise<Page<T>>, firstPageUrl?: string) {
  // The cursors of the pages walked so far: the last is the one shown (undefined: the first page).
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const query = useQuery({ queryKey: [...key, cursor ?? ''], queryFn: async () => (cursor === undefined && firstPageUrl ? await prefetched<T>(firstPageUrl) : undefined) ?? fetchPage(cursor), placeholderData: keepPreviousData });
  const nextCursor = query.data?.nextCursor ?? undefined;
  return {
    query,
    items: query.data?.items ?? [],
    pageNumber: cursors.length,
    next: nextCursor ? () => setCursors([...cursors, nextCursor]) : undefined,
    previous: cursors.length > 1 ? () => setCursors(cursors.slice(0, -1)) : undefined,
  };
}

export function Pager({ pages }: { pages: { pageNumber: number; next?: () => void; previous?: () => void } }) {
  return (
    <Space style={{ marginTop: 12, width: '100%', justifyContent: 'flex-end' }}>
      <Button disabled={!pages.previous} onClick={pages.previous}>上一页</Button>
      <span>第 {pages.pageNumber} 页</span>
      <Button disabled={!pages.next} onClick={pages.next}>下一页</Button>
    </Space>
  );
}
