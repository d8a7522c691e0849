import { useAuth } from '../../auth/auth-context.ts'
import { usePageTitle } from '../../components/use-page-title.ts'
import { AddressBook } from './address-book.tsx'
import { ProfileForm } from './profile-form.tsx'
import './account.css'

export function AccountPage() {
  const { user } = useAuth()
  usePageTitle('Your account')
  if (user === undefined) return null
  return (
    <div className="page page--narrow account-page">
      <h1>Your account</h1>
      <ProfileForm user={user} />
      <AddressBook />
    </div>
  )
}
