import { siteName } from '@/lib/site';

/**
 * The picture shown when a page is shared: the page's title and the site name, in the site's calm
 * teal and white. Drawn by next/og (Satori), which understands only inline styles and flexbox.
 */
export function SocialCard({ title, kicker }: { title: string; kicker?: string }) {
  const size = title.length > 60 ? 60 : title.length > 36 ? 72 : 84;
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 80px',
        background: '#005a6e',
        color: '#ffffff',
      }}
    >
      <div style={{ display: 'flex', fontSize: 34, color: '#d7eef2' }}>
        {kicker ?? 'Intensive Outpatient Programs, explained'}
      </div>
      <div style={{ display: 'flex', fontSize: size, lineHeight: 1.15, maxWidth: 1000 }}>{title}</div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 20, fontSize: 38 }}>
        <div style={{ display: 'flex', width: 56, height: 8, background: '#7fd1e1', borderRadius: 4 }} />
        {siteName}
      </div>
    </div>
  );
}
