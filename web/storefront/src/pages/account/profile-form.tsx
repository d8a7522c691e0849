import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { meKey, updateMe, type User } from '../../api/users.ts'
import { ErrorNotice } from '../../components/error-notice.tsx'
import { Field } from '../../components/field.tsx'

export function ProfileForm({ user }: { user: User }) {
  const queryClient = useQueryClient()
  const [name, setName] = useState(user.name ?? '')
  const save = useMutation({
    mutationFn: () => updateMe({ name: name.trim() === '' ? null : name.trim() }),
    onSuccess: (updated) => queryClient.setQueryData(meKey, updated),
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate()
  }
  return (
    <section className="panel" aria-labelledby="profile-title">
      <h2 id="profile-title">Profile</h2>
      <form className="stack" onSubmit={submit}>
        <p>Signed in as <strong>{user.email}</strong></p>
        <Field label="Name" value={name} onChange={setName} autoComplete="name" maxLength={100} />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>Save</button>
          <span role="status">{save.isSuccess && 'Saved.'}</span>
        </div>
        {save.isError && <ErrorNotice error={save.error} />}
      </form>
    </section>
  )
}
