/** A table's "nothing here" line in a colour that passes WCAG AA (antd's default grey on white does not). */
export function emptyText(text: string) {
  return <span style={{ color: 'rgba(0,0,0,0.78)' }}>{text}</span>;
}
