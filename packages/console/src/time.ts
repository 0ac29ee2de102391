/** Dates in the console are 北京时间 (Asia/Shanghai), written the Chinese way. */
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.locale('zh-cn');
dayjs.tz.setDefault('Asia/Shanghai');

export function shanghai(iso: string | undefined): string {
  return iso ? dayjs(iso).tz('Asia/Shanghai').format('YYYY年MM月DD日 HH:mm') : '—';
}
