import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { precompress } from './scripts/precompress.ts'

// In development the gateway (npm start) answers the API; Vite serves the app with hot reload.
const gateway = 'http://localhost:8080'

export default defineConfig({
  plugins: [react(), precompress()],
  build: {
    target: 'es2022',
  },
  server: { proxy: { '/api': gateway } },
})
