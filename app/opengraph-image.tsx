import { ImageResponse } from 'next/og';
import { SocialCard } from '@/components/seo/social-card';
import { siteImage, socialImageSize } from '@/lib/seo/metadata';

// The link-preview image for every page that has no image of its own. Drawn at build time.
export const alt = siteImage.alt;
export const size = socialImageSize;
export const contentType = 'image/png';

export default function Image() {
  return new ImageResponse(
    <SocialCard
      title="Intensive Outpatient Programs (IOP), explained in plain language"
      kicker="Mental health and substance use care"
    />,
    size,
  );
}
