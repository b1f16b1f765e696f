/** @type {import('next').NextConfig} */
const nextConfig = {
  // No ESLint is bundled with the sample; type errors still fail the build.
  eslint: {
    ignoreDuringBuilds: true,
  },
  // Product images are small local SVGs; skip the optimizer so the app
  // runs without `sharp` and works offline in a local preview.
  images: {
    unoptimized: true,
  },
};

export default nextConfig;
